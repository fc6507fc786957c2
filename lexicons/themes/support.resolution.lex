# problem solved or not; being bounced between agents or channels; repeating oneself
theme = support.resolution
parent = support
label.en = Problem resolution
label.fr = Résolution des problèmes
label.ar = حل المشكلة
label.fa = حل مشکل

[en]
# problem solved or not, escalation, being bounced around
resolve
resolved
resolving
unresolved | neg
not resolved | neg
never resolved | neg
problem solved | pos
solved my problem | pos
solved the problem | pos
solved the issue | pos
fixed the problem | pos
fixed the issue | pos
fixed it
fix the problem
fix the issue
no solution | neg
solution
workaround
escalate
escalated
escalation
transferred | neg
transferred me | neg
transfer me | neg
bounced around | neg
bounced between | neg
passed around | neg
passed from | neg
runaround | neg
run around | neg
the run around | neg
repeat myself | neg
repeating myself | neg
explain again | neg
explain my problem again | neg
start over | neg
case number
ticket number
support ticket
open a ticket
opened a ticket
closed my ticket | neg
closed the ticket
complained
file a complaint
apologized
apologised
apology
apologies
apologetic | pos
made it right | pos
make it right
made up for it | pos
took care of | pos
took care of us | pos
taken care of | pos
take care of it
handled it | pos
handled the situation | pos
comped | pos
comp | exact
on the house | pos
complimentary | pos
free dessert | pos
free drink | pos
round of drinks | pos
sent back
send it back
sent it back
sending it back
took it back
replaced it
replacement
replace it
repair
repaired
repairs
sent it in
send it in
sent in for repair
warranty claim
under warranty
warranty service
extended warranty
return policy
rma
compensation
compensated
gesture of goodwill
goodwill gesture
credit to my account
voucher

[fr]
# problème résolu ou non, renvois de service en service
résolu
résolue
résolus
résoudre
résolution
non résolu | neg
pas résolu | neg
jamais résolu | neg
problème réglé | pos
problème résolu | pos
régler le problème
réglé le problème
solution
aucune solution | neg
pas de solution | neg
sans solution | neg
solutions
dépanné | pos
dépanner
dépannage
réparation
réparer
réparé
remplacement
remplacé
échange
échangé
renvoyé d'un service à l'autre | neg
renvoie d'un service à l'autre | neg
ballotté | neg
baladé | neg
promené | neg
renvoyé vers | neg
transféré | neg
répéter | neg
réexpliquer | neg
recommencer | neg
ticket
numéro de dossier
dossier
réclamation
réclamations
plainte
plaintes
se plaindre
plaint
litige
escalade
geste commercial
dédommagement
dédommagé
dédommager
compensation
excuses
excusé
excusée
s'excuser
s'est excusé
s'est excusée
se sont excusés
offert | pos
offerts | pos
offerte | pos
offertes | pos
nous a offert | pos
nous ont offert | pos
offert par la maison | pos
offert le café | pos
renvoyer le plat
renvoyé en cuisine
changer le plat
changé le plat
remboursé le plat
garantie
sous garantie
prise en charge sous garantie
