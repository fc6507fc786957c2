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
unresolved | neg exact
not resolved | neg
# "is not" / "was not" are read as one negator token that would otherwise negate this term
is not resolved | neg
was not resolved | neg
are not resolved | neg
were not resolved | neg
never resolved | neg
problem solved | pos
solved my problem | pos
solved the problem | pos
solved the issue | pos
fixed the problem | pos
fixed the issue | pos
no solution | neg
workaround
escalate
transferred | neg exact
transferred me | neg
bounced around | neg
bounced between | neg
passed around | neg
passed from | neg
runaround | neg
run around | neg
the run around | neg
repeat myself | neg
explain again | neg
explain my problem again | neg
start over | neg
case number
ticket number
support ticket
open a ticket
closed my ticket | neg
closed the ticket
complained | exact
file a complaint
apologized
apologised
apologetic | pos
made it right | pos
make it right
made up for it | pos
took care of | pos
took care of us | pos
taken care of | pos
take care of it
handled it | pos exact
handled the situation | pos
comped | pos
comp | exact
on the house | pos
complimentary | pos exact
free dessert | pos
free drink | pos
round of drinks | pos
sent back
send it back
sent it back
took it back
replaced it
# "had to have it repaired twice", "needs constant repair" tell how the product holds up;
# a repair counts as support where it is judged or beside another support term
repair | judged
repair service
on site repair
sent it in
send it in
sent in for repair
warranty claim
under warranty
warranty service
# buying an extended warranty is a purchase, not a support contact
extended warranty | context
return policy
rma
compensation
gesture of goodwill
goodwill gesture
credit to my account
voucher
warranty
warrenty | exact
warrantee
# the warranty running out dates a failure; it is not a support interaction
warranty expired | ignore
warranty expires | ignore
warranty was up | ignore
warranty is up | ignore
warranty ran out | ignore
warranty went out | ignore
warrenty expired | ignore
warrenty expires | ignore
warrenty was up | ignore
warrenty went out | ignore
applecare
apple care
get it fixed
got it fixed
to get it fixed
sent it to
send it to
send my laptop
sent my laptop
send my computer
sent my computer
no help | neg
will not acknowledge | neg
acknowledge
unconcerned | neg
did nothing | neg
do nothing | neg
do anything about | neg
nothing they can do | neg
nothing you can do | neg
told me | exact
was told
were told
they told me
told us
found a solution | pos
offered a solution
apology
apologies
escalation
# laptops and devices: repair centres, warranty service, replacements (general vocabulary)
repair shop
repair center
repair centre
repair depot
service center
service centre
authorized service
genius bar
warranty repair
warranty replacement
covered under warranty
covered by warranty
honor the warranty
honored the warranty
replacement unit
sent me a replacement
sent a replacement
got a replacement
shipped it back
ship it back
out of warranty | ignore
outside warranty | ignore
outside of warranty | ignore
went out of warranty | ignore
ran out of warranty | ignore
# shipping a unit back to the maker for repair or replacement is a support process, not a delivery
ship it in
ship it to them
ship the unit back
ship the laptop back
ship the computer back
ship my laptop back
ship my computer back
shipping it back
courier it | exact
mail it back
mail it in
post it back

[fr]
# problème résolu ou non, renvois de service en service
résolu
résolus
résoudre
non résolu | neg
pas résolu | neg
jamais résolu | neg
problème réglé | pos
problème résolu | pos
régler le problème
solution | context
aucune solution | neg
pas de solution | neg
sans solution | neg
dépanné | pos
dépannage
réparation
remplacement
échange
renvoyé d'un service à l'autre | neg
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
plainte
se plaindre
litige
escalade
geste commercial
dédommagement
compensation
excuses
s'excuser
s'est excusé
se sont excusés
offert | pos context
nous a offert | pos
nous ont offert | pos
offert par la maison | pos
offert le café | pos
renvoyer le plat
renvoyé en cuisine
changer le plat
remboursé le plat
garantie
sous garantie
prise en charge sous garantie
# ordinateurs et appareils : réparation, SAV, garantie (vocabulaire général)
centre de réparation
atelier de réparation
réparateur
envoyé en réparation
renvoyé en réparation
parti en réparation
retour sav
retour atelier
renvoyé au sav
échange standard
appareil de remplacement
ordinateur de remplacement
hors garantie | ignore
plus sous garantie | ignore
fin de garantie | ignore
