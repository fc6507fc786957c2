# waiting: hold times, queues, slow or no replies, days without an answer
theme = support.responsiveness
parent = support
label.en = Waiting and responsiveness
label.fr = Délais et réactivité
label.ar = الانتظار وسرعة الاستجابة
label.fa = انتظار و سرعت پاسخگویی

[en]
# waiting, speed of service, replies
waited              | exact context
waiting             | exact context
long wait | neg
the wait | exact
wait time
hold time
on hold
put on hold
placed on hold
kept on hold
queue
queued
waiting list
waitlist
worth the wait | pos
wait forever | neg
took forever | neg
took ages | neg
took a while
took so long | neg
took too long | neg
took way too long | neg
taking forever | neg
forever to | neg
ages to | neg
an eternity | neg
# a duration alone is not a wait for service ("the battery lasts over an hour", "it shuts off
# after 10 minutes"): it counts beside a wait, a staff, food or order anchor or another responsiveness term
minutes later | context
hours later | context
days later | context
weeks later | context
half an hour | context
after an hour | context
for an hour | context
over an hour | context
20 minutes | context
30 minutes | context
45 minutes | context
15 minutes | context
10 minutes | context
40 minutes | context
slow service | neg
service was slow | neg
slow to | neg
slow waiter | neg
slow staff | neg
slowest service | neg
fast service | pos
quick service | pos
speedy service | pos
# exact: "prompted me to look elsewhere" is not promptness
prompt | pos exact
promptly | pos exact
timely | pos exact
right away | pos
quickly seated | pos
quick to | pos
swift | pos
responsive support | pos
response time
responded | exact
no response | neg
replied
no reply | neg
never replied | neg
never responded | neg
never heard back | neg
never got back | neg
get back to me
got back to me
hear back
heard back
call back
callback
call me back
no answer | neg
unanswered | neg
never answered | neg
never came | neg
never showed | neg
never showed up | neg
no one came | neg
nobody came | neg
never came back | neg
forgot about us | neg
forgotten | neg
neglected | neg
never checked on us | neg
nowhere to be found | neg
nowhere to be seen | neg
was nowhere | neg
understaffed | neg
short staffed | neg
overwhelmed | neg
overworked | neg
still waiting | neg
kept us waiting | neg
kept waiting | neg
left waiting | neg
left us waiting | neg
made us wait | neg
keep you waiting | neg
sat there | neg
sat for | neg
rushed | exact
efficient service | pos
inefficient service | neg
respond to my
respond to our
reply to my
delay
took a long time | neg
took a long time to | neg
long time to come | neg
came quickly | pos
came fast | pos
came out quickly | pos
came out fast | pos
came out promptly | pos
came out slowly | neg
came out slow | neg
served quickly | pos
served fast | pos
served promptly | pos
served immediately | pos
seated quickly | pos
seated immediately | pos
seated right away | pos
seated promptly | pos
fast and friendly | pos
quick and friendly | pos
friendly and fast | pos
friendly and quick | pos
# also said of a machine: counts beside a staff, food or order anchor or another responsiveness term
fast and efficient | pos context
quick and efficient | pos
quick and attentive | pos
prompt and friendly | pos
a wait | exact
to wait
had to wait
have to wait
wait for a table
wait for our
wait for the
wait for food
wait for a
wait was
wait is
short wait | pos
wait staff
waited in line
responded quickly | pos
took an hour | neg
took nearly an hour | neg
took almost an hour | neg
took about an hour | neg
hours to come | neg
small wait
little wait
no wait | pos
forgot | neg
never brought | neg
never came back | neg

[fr]
# attente, délais, réponses
attente | neg exact
temps d'attente
longue attente | neg
attente interminable | neg
file d'attente
attendre
attendu
attendons
attendions | exact
on attend
fait attendre | neg
faire attendre | neg
fait poireauter | neg
poireauter | neg
patienter
attends toujours | neg
j'attends toujours | neg
toujours en attente | neg
en attente
une éternité | neg
des heures | neg
une heure | exact
trois quarts d'heure
demi-heure
une demi-heure
heure d'attente
minutes d'attente
20 minutes
30 minutes
45 minutes
15 minutes
40 minutes
10 minutes
lent                | neg context
lenteur             | neg context
service lent | neg
service rapide | pos
service efficace | pos
service trop long | neg
trop long | neg
trop longue | neg
long à | neg
longue à | neg
rapidité | pos
efficace            | pos context
réactif | pos
réactive | pos
prompt | pos
diligent | pos
sans attendre | pos
tout de suite | pos
aussitôt | pos
réponse
répondre
répondu
répond
répondent
aucune réponse | neg
pas de réponse | neg
sans réponse | neg
jamais répondu | neg
aucun retour | neg
pas de retour | neg
sans nouvelles | neg
aucune nouvelle | neg
toujours rien | neg
rappeler
# "rappelez-vous" (remember) is not a call back
rappelez-vous | ignore
rappelons-nous | ignore
rappelle-toi | ignore
relancé | neg
débordé | neg
en sous-effectif | neg
sous-effectif | neg
manque de personnel | neg
oublié | neg
oubli | neg
ignorés | neg
personne n'est venu | neg
personne ne vient | neg
jamais venu | neg
jamais revenu | neg
délai de réponse
temps de réponse
délais
manque de réactivité | neg
manque de rapidité | neg
attentes | exact
timing
arrivent en retard | neg
arrivés en retard | neg
arrivé en retard | neg
rapide              | pos context
rapidement          | pos context
efficacité | pos
réactivité | pos
# who is slow or quick: the service, the staff, an answer (anchors, no mention)
service | anchor
serveur | anchor
serveurs | anchor
serveuse | anchor
personnel | anchor
équipe | anchor
commande | anchor
réponses | anchor
conseiller | anchor
support | anchor
service client | anchor
accueil | anchor
plats | anchor
livraison | anchor
traitement | anchor
dossier | anchor

[en]
# "waited"/"waiting" alone ("I waited for the new model", "waiting for the i7") is not a service delay:
# it counts beside a time, a wait phrase or who or what was waited for (anchors, no mention)
waiter              | anchor
waitress            | anchor
server              | anchor
staff               | anchor
host                | anchor exact
hostess             | anchor
bartender           | anchor
manager             | anchor exact
table               | anchor
seated              | anchor
food                | anchor
order               | anchor
drinks              | anchor
drink               | anchor
check               | anchor exact
bill                | anchor
entree              | anchor
entrees             | anchor
appetizer           | anchor
appetizers          | anchor
meal                | anchor
reply               | anchor
response            | anchor
answer              | anchor
email               | anchor
call                | anchor
phone               | anchor
agent               | anchor
support             | anchor exact
customer service    | anchor
refund              | anchor
delivery            | anchor
package             | anchor
minutes             | anchor
hours               | anchor
hour                | anchor
days                | anchor
weeks               | anchor
line                | anchor exact
