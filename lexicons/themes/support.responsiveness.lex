# waiting: hold times, queues, slow or no replies, days without an answer
theme = support.responsiveness
parent = support
label.en = Waiting and responsiveness
label.fr = Délais et réactivité
label.ar = الانتظار وسرعة الاستجابة
label.fa = انتظار و سرعت پاسخگویی

[en]
# waiting, speed of service, replies
wait
waited
waiting
long wait | neg
the wait
wait time
waiting time
wait times
hold time
on hold
put on hold
placed on hold
kept on hold
queue
queued
waiting list
waitlist
in line
long line
long lines
worth the wait | pos
wait forever | neg
waited forever | neg
waiting forever | neg
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
minutes later
hours later
days later
weeks later
half an hour
an hour later
after an hour
for an hour
over an hour
20 minutes
30 minutes
45 minutes
15 minutes
10 minutes
40 minutes
slow service | neg
service was slow | neg
slow to | neg
slow waiter | neg
slow staff | neg
slowest service | neg
fast service | pos
quick service | pos
speedy service | pos
prompt | pos
promptly | pos
promptness | pos
timely | pos
in a timely manner | pos
right away | pos
quickly seated | pos
quick to | pos
speedy | pos
swift | pos
responsive support | pos
response time
response times
responded
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
called back
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
short-staffed | neg
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
responded to my
respond to our
reply to my
replied to my
delay
delays
delayed
took a long time | neg
took a long time to | neg
long time to come | neg
came quickly | pos
came fast | pos
came out quickly | pos
came out fast | pos
came out quick | pos
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
fast and efficient | pos
quick and efficient | pos
quick and attentive | pos
prompt and friendly | pos
slow and | neg

[fr]
# attente, délais, réponses
attente
temps d'attente
longue attente | neg
attente interminable | neg
file d'attente
attendre
attendu
attendons
attendions
on attend
fait attendre | neg
faire attendre | neg
fait poireauter | neg
poireauter | neg
poireauté | neg
patienter
patienté
attends toujours | neg
attend toujours | neg
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
heures d'attente
minutes d'attente
20 minutes
30 minutes
45 minutes
15 minutes
40 minutes
10 minutes
lent | neg
lente | neg
lents | neg
lenteur | neg
lenteurs | neg
service lent | neg
service rapide | pos
service efficace | pos
service trop long | neg
trop long | neg
trop longue | neg
long à | neg
longue à | neg
rapidité | pos
rapide | pos
rapides | pos
rapidement | pos
vite | pos
efficace | pos
efficacité | pos
efficaces | pos
réactif | pos
réactive | pos
réactifs | pos
réactivité | pos
prompt | pos
diligent | pos
sans attendre | pos
tout de suite | pos
aussitôt | pos
réponse
réponses
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
rappelé
rappel
relancé | neg
relances
relancer
débordé | neg
débordés | neg
débordée | neg
en sous-effectif | neg
sous-effectif | neg
manque de personnel | neg
oublié | neg
oubliés | neg
oubliée | neg
oubli | neg
ignorés | neg
ignoré | neg
personne n'est venu | neg
personne ne vient | neg
jamais venu | neg
jamais revenu | neg
délai de réponse
temps de réponse
délais
manque de réactivité | neg
manque de rapidité | neg
