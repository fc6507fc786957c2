# information from the company: inconsistent answers, too many emails or texts, notifications
theme = communication
label.en = Company communication
label.fr = Communication de l'entreprise
label.ar = تواصل الشركة
label.fa = اطلاع‌رسانی شرکت

[en]
# information from the company: emails, notifications, consistency
email
e-mail
newsletter
notification
push notification
text message
sms
texts | exact
spam | neg
junk mail | neg
too many emails | neg
too many notifications | neg
too many texts | neg
constant emails | neg
marketing emails
promotional emails
unsubscribe link
communication
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
status update
heads up
advance notice
without notice | neg
without warning | neg
no notice | neg
notified
informed
uninformed | neg
misinformed | neg
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
voicemail
robocall
cold call
phone calls
calling me | neg

[fr]
# information de l'entreprise : mails, notifications, cohérence
mail
email
e-mail
courriel
newsletter
newsletters
lettre d'information
notification
sms
texto
textos
spam | neg
pourriel | neg
harcèlement | neg
démarchage | neg
démarchage téléphonique | neg
trop de mails | neg
trop de notifications | neg
trop de sms | neg
pub | exact
pubs | exact
publicité
communication | exact
communications | exact
manque de communication | neg
aucune communication | neg
mauvaise communication | neg
bonne communication | pos
informé
mal informé | neg
fausse information | neg
informations contradictoires | neg
contradictoire | neg
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
courrier
appels incessants | neg
relances incessantes | neg
