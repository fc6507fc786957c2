# speed: slow, fast, lag, loading, battery drain
theme = product.performance
label.en = Speed and performance
label.fr = Vitesse et performances
label.ar = السرعة والأداء
label.fa = سرعت و عملکرد

[en]
# speed, responsiveness, battery
performance
performs
performed
performer
perform well
performs well | pos
poor performance | neg
great performance | pos
speed
speeds
speedy | pos
fast | pos
faster | pos
fastest | pos
super fast | pos
lightning fast | pos
blazing fast | pos
blazing | pos
quick | pos
quickly | pos
quicker | pos
zippy | pos
snappy | pos
slow | neg
slower | neg
slowest | neg
slowly | neg
slowness | neg
slow down | neg
slows down | neg
slowed down | neg
slowing down | neg
super slow | neg
painfully slow | neg
sluggish | neg
sluggishness | neg
lag | neg
lags | neg
lagging | neg
laggy | neg
latency | neg
stutter | neg
stuttering | neg
choppy | neg
jerky | neg
smooth | pos
smoothly | pos
runs smoothly | pos
run smoothly | pos
runs fast | pos
runs great | pos
runs well | pos
runs perfectly | pos
runs slow | neg
runs slowly | neg
running slow | neg
works fast | pos
works great | pos
works well | pos
works perfectly | pos
works fine | pos
works flawlessly | pos
works like a charm | pos
work great | pos
working great | pos
working fine | pos
working perfectly | pos
flawlessly | pos
powerful | pos
power
horsepower
underpowered | neg
processor
processing power
processing speed
cpu
gpu
graphics card
ram
memory
multitask
multitasking
multi-task
multi-tasking
gaming
frame rate
fps
boot
boots
boot up
boots up
boot time
booting
start up
starts up
startup
startup time
shut down quickly
loads
load time
loading
loading time
loads quickly | pos
load quickly | pos
takes forever to load | neg
takes forever | neg
takes ages | neg
takes a long time | neg
long time to | neg
solid state
ssd
battery
battery life
battery drain | neg
drains the battery | neg
drains battery | neg
drains fast | neg
battery dies | neg
battery died | neg
battery drains | neg
battery lasts
battery last
hours of battery
charge
charging
charges quickly | pos
charges fast | pos
holds a charge
hold a charge
holds charge
full charge
single charge
charge time
spinning wheel | neg
beach ball | neg
hourglass | neg
responsive | pos
responsiveness
unresponsive | neg
response time
touchpad response
wifi speed
efficient | pos
efficiency

[fr]
# vitesse, fluidité, batterie
performance
performances
performant | pos
performante | pos
peu performant | neg
vitesse
rapidité | pos
rapide | pos
rapides | pos
rapidement | pos
très rapide | pos
ultra rapide | pos
lent | neg
lente | neg
lenteur | neg
lenteurs | neg
ralentit | neg
ralenti | neg
ralentissement | neg
ralentissements | neg
rame | neg
ça rame | neg
ramer | neg
rament | neg
lag | neg
lague | neg
latence | neg
saccade | neg
saccades | neg
saccadé | neg
saccadée | neg
fluide | pos
fluides | pos
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
charger
charge
recharge
recharger
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
puissante | pos
puissance
processeur
mémoire
mémoire vive
démarrage
démarre
démarrer
temps de démarrage
réactivité
réactif | pos
réactive | pos
fonctionne bien | pos
marche bien | pos
tourne bien | pos
tourne vite | pos
