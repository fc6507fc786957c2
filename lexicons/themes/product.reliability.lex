# bugs, crashes, errors, outages, data loss, 'stopped working'
theme = product.reliability
label.en = Bugs, crashes and outages
label.fr = Bugs, plantages et pannes
label.ar = الأعطال والأخطاء
label.fa = باگ، کرش و قطعی

[en]
# bugs, crashes, errors, outages, data loss
bug | pain
buggy | pain
glitch | pain
glitchy | pain
crash | pain
keeps crashing | pain
kept crashing | pain
blue screen | pain
blue screen of death | pain
bsod | pain
kernel panic | pain
error | pain
error message | pain
error code | pain
fatal error | pain
shuts down | pain exact
shuts off | pain exact
turns off | pain exact
# the user turning or shutting it off is not a failure: only the device's own third-person and progressive forms
keeps shutting down | pain
keeps shutting off | pain
keeps turning off | pain
started shutting down | pain
started shutting off | pain
shut down on me | pain
shut off on me | pain
turned off on me | pain
shuts itself down | pain
shuts itself off | pain
turned off by itself | pain
turns itself off | pain
stopped working | pain
quit working | pain
does not work | pain
did not work | pain
do not work | pain
not working | pain
# "is not" / "was not" are read as one negator token that would otherwise negate this term
is not working | pain
was not working | pain
are not working | pain
were not working | pain
no longer works | pain
will not turn on | pain
would not turn on | pain
does not turn on | pain
not turn on | pain
will not boot | pain
would not boot | pain
not boot | pain
will not start | pain
would not start | pain
# a person or a company failing to do something is not a device failure
fail to see | ignore
fail to understand | ignore
failed to mention | ignore
failed to tell | ignore
failed to inform | ignore
failed to help | ignore
failed to assist | ignore
failing to find | ignore
failed to find | ignore
# "designed to fail", "if it ever fails", "the test was failing": a bare fail/failure counts beside
# another failure term; a part or a time that fails says it on its own
fail | pain context
failure | pain context
hardware failure | pain
hard drive failure | pain
drive failure | pain
system failure | pain
power failure | pain
board failure | pain
drive failed | pain
drive failing | pain
failing drive | pain
failed drive | pain
failing hard drive | pain
failed hard drive | pain
board failed | pain
fan failed | pain
battery failed | pain
screen failed | pain
display failed | pain
keeps failing | pain
failed after | pain
failed within | pain
hard drive crashed | pain
malfunction | pain
outage | pain
downtime | pain
server down | pain
server is down | pain
servers are down | pain
server error | pain
server issues | pain
site is down | pain
site down | pain
app is down | pain
data loss | pain
lost data | pain
lost my data | pain
lost all my | pain
lost everything | pain
lost my files | pain
corrupt | pain
unstable | neg
instability | neg
unreliable | neg
reliable | pos
stable | pos
stability
virus | pain
malware | pain
spyware | pain
infected | pain
flicker | pain
screen went black | pain
black screen | pain
keeps disconnecting | pain
disconnects | pain
dropped connection | pain
wifi drops | pain
random shutdowns | pain
recovery
system restore
# recovery media are a software item, not a failure
recovery disk | ignore
recovery disc | ignore
recovery cd | ignore
recovery dvd | ignore
recovery partition | ignore
recovery media | ignore
repair disk
by itself | pain
on its own | pain
blinking | pain
goes off | pain
went out | pain
goes out | pain
dependable | pos exact

freeze | pain
froze | pain
hang | exact
# "getting the hang of it" is learning, not a freeze
the hang of | ignore
hangs | pain
hung | exact
lock up | pain
not responding | pain
stopped responding | pain
gets stuck | pain
got stuck | pain
stuck on | pain
reliability
# laptops and devices: restarts, charging and power failures, drivers, boot loops (general vocabulary)
randomly restarts | pain
restarts randomly | pain
keeps restarting | pain
restarts itself | pain
reboots itself | pain
keeps rebooting | pain
random reboots | pain
random restarts | pain
# "we will not charge you" is billing: the device is the subject
it will not charge | pain
it would not charge | pain
it does not charge | pain
battery will not charge | pain
battery does not charge | pain
battery not charging | pain
laptop will not charge | pain
laptop would not charge | pain
laptop does not charge | pain
phone will not charge | pain
phone would not charge | pain
phone does not charge | pain
tablet will not charge | pain
tablet would not charge | pain
tablet does not charge | pain
computer will not charge | pain
computer would not charge | pain
computer does not charge | pain
not charging | pain exact
stopped charging | pain exact
will not power on | pain
would not power on | pain
does not power on | pain
not power on | pain
driver issues | pain
driver problems | pain
bricked | pain exact
boot loop | pain
failed to boot | pain
fails to boot | pain
hard drive failed | pain
hard drive died | pain
motherboard died | pain
motherboard failed | pain
logic board failed | pain
loses wifi | pain
loses connection | pain
wifi keeps dropping | pain
# "never failed" is praise of reliability (the cue "never fails" would otherwise leave a bare pain term inside it)
never failed | pos
never failed to | ignore
never fails to | ignore
never fails | pos
has not failed | pos

[fr]
# bugs, plantages, pannes, pertes de données
bug | pain
bogue | pain
beug | pain
beugue | pain
bugue | pain
buggé | pain
plante | pain
plantage | pain
plantent | pain
crash | pain
écran bleu | pain
écran noir | pain
erreur | pain
message d'erreur | pain
code erreur | pain
panne | pain
en panne | pain
tombé en panne | pain
ne marche pas | pain
ne marche plus | pain
marche plus | pain
marche pas | pain
ne fonctionne pas | pain
ne fonctionne plus | pain
fonctionne plus | pain
fonctionne pas | pain
ne s'allume plus | pain
ne s'allume pas | pain
ne démarre plus | pain
ne démarre pas | pain
hors service | pain
hs | exact
inutilisable | pain
se ferme | pain
se ferme toute seule | pain
se coupe | pain
s'éteint | pain
s'éteint tout seul | pain
redémarre | pain
redémarre tout seul | pain
redémarrage
fige | pain
se fige | pain
freeze | pain
bloqué | pain
se bloque | pain
reste bloqué | pain
instable | neg
fiable | pos
pas fiable | neg
stable | pos
perte de données | pain
données perdues | pain
tout perdu | pain
j'ai tout perdu | pain
corrompu | pain
corrompus | pain
coupure | pain
interruption | pain
serveur en panne | pain
site en panne | pain
indisponible | pain
dysfonctionnement | pain
défaillance | pain
virus | pain
capricieux | neg
aucun souci | pos
aucun problème | pos
sans problème | pos
sans souci | pos
est mort | pain
# ordinateurs et appareils : charge, redémarrages, pilotes, disque (vocabulaire général)
ne charge plus | pain
ne charge pas | pain
ne se charge plus | pain
ne se charge pas | pain
redémarre en boucle | pain
redémarrages intempestifs | pain
redémarrage intempestif | pain
s'éteint brutalement | pain
problème de pilote | pain
problèmes de pilotes | pain
carte mère morte | pain
carte mère hs | pain
disque dur hs | pain
disque dur mort | pain
perd le wifi | pain
perd la connexion | pain
