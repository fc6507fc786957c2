# information from the company: inconsistent answers, too many emails or texts, notifications
theme = communication
label.en = Company communication
label.fr = Communication de l'entreprise
label.ar = تواصل الشركة
label.fa = اطلاع‌رسانی شرکت

[en]
# information from the company: emails, notifications, consistency
email
emails
e-mail
e-mails
emailed
newsletter
newsletters
notification
notifications
push notification
push notifications
text message
text messages
sms
texts | exact
spam | neg
spammed | neg
spamming | neg
junk mail | neg
too many emails | neg
too many notifications | neg
too many texts | neg
constant emails | neg
marketing emails
promotional emails
unsubscribe link
communication
communications
communicate
communicated
communicating
poor communication | neg
lack of communication | neg
no communication | neg
miscommunication | neg
great communication | pos
good communication | pos
kept us informed | pos
kept me informed | pos
kept me updated | pos
kept us updated | pos
keep me updated
keep me informed
no updates | neg
no update | neg
status update
status updates
heads up
advance notice
without notice | neg
without warning | neg
no notice | neg
notified
notify
informed
inform
uninformed | neg
misinformed | neg
misinformation | neg
wrong information | neg
incorrect information | neg
conflicting information | neg
conflicting answers | neg
inconsistent answers | neg
inconsistent information | neg
contradictory | neg
contradicting | neg
mixed messages | neg
different answers | neg
different story | neg
told different things | neg
announcement
announcements
voicemail
voicemails
robocall
robocalls
cold call
cold calls
phone calls
calling me | neg

[fr]
# information de l'entreprise : mails, notifications, cohérence
mail
mails
email
emails
e-mail
courriel
courriels
newsletter
newsletters
lettre d'information
notification
notifications
sms
texto
textos
spam | neg
spams | neg
pourriel | neg
harcèlement | neg
harcelé | neg
démarchage | neg
démarchage téléphonique | neg
trop de mails | neg
trop de notifications | neg
trop de sms | neg
pub | exact
pubs | exact
publicité
publicités
communication
communications
manque de communication | neg
aucune communication | neg
mauvaise communication | neg
bonne communication | pos
informé
informée
informés
informer
mal informé | neg
mal informés | neg
information
informations
fausse information | neg
fausses informations | neg
informations contradictoires | neg
contradictoire | neg
contradictoires | neg
versions différentes | neg
chacun dit | neg
prévenu
prévenus
prévenir
sans prévenir | neg
sans prévenir personne | neg
pas prévenu | neg
tenu au courant | pos
tenus au courant | pos
au courant
annonce
annonces
courrier
courriers
appels incessants | neg
relances incessantes | neg
