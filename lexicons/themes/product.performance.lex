# speed: slow, fast, lag, loading, battery drain
theme = product.performance
label.en = Speed and performance
label.fr = Vitesse et performances
label.ar = السرعة والأداء
label.fa = سرعت و عملکرد

[en]
# speed, responsiveness, battery
performance
perform well
poor performance | neg
great performance | pos
speed
speedy | pos
fast | pos
faster | pos
fastest | pos
super fast | pos
lightning fast | pos
blazing fast | pos
blazing | pos
# "quickly" is how anything happens (resolved quickly, got used to it quickly): only the adjective, and
# the adverb with a verb of the machine below
quick | pos exact
quicker | pos
zippy | pos
snappy | pos
slow | neg
slower | neg
slowest | neg
slowly | neg
slow down | neg
super slow | neg
painfully slow | neg
sluggish | neg
lag | neg
laggy | neg
latency | neg
stutter | neg
choppy | neg
jerky | neg
smooth | pos
runs smoothly | pos
runs fast | pos
runs great | pos
runs well | pos
runs perfectly | pos
runs slow | neg
runs slowly | neg
works fast | pos
works great | pos
works well | pos
works perfectly | pos
works fine | pos
works flawlessly | pos
works like a charm | pos
flawlessly | pos
powerful | pos
horsepower
underpowered | neg
processor | context
processing power
processing speed
cpu | context
gpu | context
ram | context
multitask
multi-task
frame rate
fps
boot
boot camp | ignore
boot up
boot time
start up
startup
startup time
shut down quickly
loads
load time
loads quickly | pos
# software bundles and idioms, not loading speed
fully loaded | ignore
preloaded | ignore
pre-loaded | ignore
loaded with | ignore
# software that came installed, not a loading time
loaded on | ignore exact
loaded onto | ignore exact
came loaded | ignore exact
loads of | ignore
takes forever to load | neg
takes forever | neg context
takes ages | neg
takes a long time | neg
long time to | neg
solid state | context
ssd | context
battery
battery life
battery drain | neg
drains the battery | neg
drains battery | neg
drains fast | neg
battery dies | neg
battery lasts
hours of battery
charges quickly | pos
charges fast | pos
holds a charge
holds charge
full charge
single charge
charge time
spinning wheel | neg
beach ball | neg
hourglass | neg
responsive | pos exact
responsiveness
unresponsive | neg
response time
touchpad response
wifi speed
efficient | pos
operates | exact
preformance
peformance
performace
snail | neg
crawl | neg
hrs
sensitive
jumps around | neg
runs video
handle multiple
works | exact
work properly
to get it to work
lasting battery
battery will last
lasts up to
# freezes and hangs are responsiveness problems; restarts belong with boot/start up
freeze | pain
froze | pain
hang | exact
# "getting the hang of it" is learning, not a freeze
the hang of | ignore
hangs | pain
hung | exact
lock up | pain
not responding | pain
# "is not" / "was not" are read as one negator token that would otherwise negate this term
is not responding | pain
was not responding | pain
are not responding | pain
were not responding | pain
stopped responding | pain
gets stuck | pain
got stuck | pain
stuck on | pain
restart
reboot
battery does not last | neg
battery did not last | neg
battery only last | neg
battery will not last | neg
does not hold a charge | neg
not hold a charge | neg
not hold full charge | neg
will not hold a charge | neg
stopped holding a charge | neg
held a charge
slow to boot | neg
slow to start | neg
slow to load | neg
# "quick" as "brief" (a quick search, a quick look) says nothing about speed
quick search        | ignore
quick look          | ignore
quick question      | ignore
quick tour          | ignore
quick way           | ignore
quick note          | ignore
quick glance        | ignore
quick call          | ignore
quick trip          | ignore
quick bite          | ignore
quick lunch         | ignore
quick overview      | ignore
quick to boot | pos
quick to start | pos
quick to load | pos
quick to process | pos
took forever to load | neg
took forever to boot | neg
computing power
plenty of power
lots of power
enough power
more power
battery charge
hold a charge
hold charge
charge lasts
on a single charge
one charge
# laptops and devices: boot, battery, heat throttling, slowdowns (general vocabulary)
boots quickly | pos
boots fast | pos
boots up quickly | pos
boots up fast | pos
fast boot | pos
boots slowly | neg
slow boot | neg
slow to boot up | neg
takes forever to boot | neg
takes forever to start | neg
slow to wake | neg
wake from sleep
wakes from sleep
short battery life | neg
poor battery life | neg
bad battery life | neg
terrible battery life | neg
good battery life | pos
great battery life | pos
long battery life | pos
excellent battery life | pos
amazing battery life | pos
all day battery | pos
battery lasts all day | pos
battery runs out | neg
battery runs down | neg
battery barely lasts | neg
charges slowly | neg
slow to charge | neg
fast charging | pos
throttling | neg
throttles | neg
bogged down | neg
bogs down | neg
chugs | neg
grinds to a halt | neg
ground to a halt | neg
benchmark
graphics performance
gaming performance
read speed
write speed
# waiting on a device is performance, not a support queue (the longer phrase takes the restaurant-style duration words)
waiting for the computer | neg
wait for the computer | neg
waiting for the laptop | neg
wait for the laptop | neg
waiting for it to load | neg
wait for it to load | neg
waiting for it to boot | neg
wait for it to boot | neg
waiting for it to start | neg
wait for it to start | neg
waiting for programs to | neg
wait for programs to | neg
10 minutes to boot | neg
10 minutes to load | neg
10 minutes to start | neg
10 minutes to charge | neg
15 minutes to boot | neg
15 minutes to load | neg
15 minutes to start | neg
15 minutes to charge | neg
20 minutes to boot | neg
20 minutes to load | neg
20 minutes to start | neg
20 minutes to charge | neg
30 minutes to boot | neg
30 minutes to load | neg
30 minutes to start | neg
30 minutes to charge | neg
40 minutes to boot | neg
40 minutes to load | neg
40 minutes to start | neg
40 minutes to charge | neg
45 minutes to boot | neg
45 minutes to load | neg
45 minutes to start | neg
45 minutes to charge | neg
start up time took forever | neg
startup time took forever | neg
boot time took forever | neg
# a comparison with another machine is not a judgement of this one's speed (reviews compare
# models in passing); a comparison with what the writer expected still counts
faster than | ignore
slower than | ignore
quicker than | ignore
slower than expected | neg
slower than i expected | neg
slower than it should | neg
starts quickly | pos
starts up quickly | pos
runs quickly | pos
powers on quickly | pos
powers up quickly | pos
responds quickly | pos
opens quickly | pos
wakes up quickly | pos
# the machine not reacting, not the staff doing nothing
it did nothing | neg

[fr]
# vitesse, fluidité, batterie
performance
peu performant | neg
vitesse
rapidité | pos
très rapide | pos
ultra rapide | pos
lent                | neg context
lenteur             | neg context
ralentit | neg
rame | neg
ça rame | neg
rament | neg
lag | neg
lague | neg
latence | neg
saccade | neg
fluide | pos
fluidité | pos
poussif | neg
mouline | neg
met du temps | neg
met des heures | neg
met un temps fou | neg
prend du temps | neg
des plombes | neg
temps de chargement
chargement
se charge
recharge
chargeur
batterie
autonomie
se décharge | neg
décharge
bonne autonomie | pos
faible autonomie | neg
vide la batterie | neg
vide vite | neg
puissant | pos
puissance
processeur
mémoire
mémoire vive
démarrage
démarre
temps de démarrage
réactivité
réactif | pos
fonctionne bien | pos
marche bien | pos
tourne bien | pos
tourne vite | pos
rapide              | pos context
# what is slow or fast: the app, the site, the device (anchors, no mention)
application | anchor
appli | anchor
app | anchor
site | anchor
logiciel | anchor
ordinateur | anchor
téléphone | anchor
connexion | anchor
interface | anchor
# ordinateurs et appareils : démarrage, batterie, ralentissements (vocabulaire général)
démarrage rapide | pos
démarre vite | pos
démarre rapidement | pos
démarrage lent | neg
démarre lentement | neg
met du temps à démarrer | neg
batterie tient | pos
tient la charge | pos
ne tient pas la charge | neg
ne tient plus la charge | neg
batterie faible | neg
se vide vite | neg
se vide rapidement | neg
autonomie limitée | neg
excellente autonomie | pos
autonomie excellente | pos
grosse autonomie | pos
ralentissement | neg
ralentissements | neg
sortie de veille
ordinateur portable | anchor
pc portable | anchor
pc | anchor exact
tablette | anchor
