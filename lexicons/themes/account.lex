# login, password, access, locked out, cancelling a subscription
theme = account
label.en = Account and access
label.fr = Compte et accès
label.ar = الحساب وتسجيل الدخول
label.fa = حساب کاربری و دسترسی

[en]
# login, password, access, cancelling
my account
login
log in
log into
logged out
sign in
sign into
password
reset my password
reset password
forgot password
forgot my password
password reset
username
user name
credentials
two factor
2fa
verification code
authentication
locked out | pain
locked me out | pain
account locked | pain
account suspended | pain
account banned | pain
banned | pain
suspended | neg
hacked | pain
account hacked | pain
can not log in | pain
can not login | pain
unable to log in | pain
unable to login | pain
could not log in | pain
access to my account
no access | pain
lost access | pain
delete my account
close my account
deactivate
cancel
cancel my subscription
cancel subscription
unsubscribe
subscription
membership
renew
the account
an account
your account
account settings
account access
user account
create an account
new account
account number
account page
cancellation
forgotten my password
forgotten password
forgot the password

[fr]
# connexion, mot de passe, accès, résiliation
mon compte
compte client
# a business account is an account, and its adjective is not professionalism (support.empathy)
mon compte professionnel
compte professionnel
comptes professionnels
créer un compte
identifiant
login
connexion
se connecter
me connecter
connecté
déconnecté
déconnexion
mot de passe
mdp
mot de passe oublié
réinitialiser
code de vérification
code de confirmation
authentification
double authentification
compte bloqué | pain
compte suspendu | pain
compte piraté | pain
compte fermé | pain
compte désactivé | pain
piraté | pain
banni | pain
impossible de me connecter | pain
impossible de se connecter | pain
je n'arrive pas à me connecter | pain
arrive pas à me connecter | pain
accès
accéder
accès refusé | pain
plus accès | pain
profil
supprimer mon compte
fermer mon compte
résilier
désabonner
se désabonner
annuler mon abonnement
annulation
abonnement
adhésion
renouvellement
mon compte est bloqué | pain
compte est bloqué | pain
compte a été bloqué | pain
compte a été suspendu | pain
compte a été piraté | pain
