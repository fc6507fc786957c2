# build and product quality, defects, durability, 'broke after a week'
theme = product.quality
label.en = Product quality and durability
label.fr = Qualité et durabilité du produit
label.ar = جودة المنتج ومتانته
label.fa = کیفیت و دوام محصول

[en]
# build quality, defects, durability
quality
build quality
build | exact
well built | pos
poorly built | neg
badly built | neg
well made | pos
poorly made | neg
badly made | neg
cheaply made | neg
cheaply built | neg
made cheaply | neg
feels cheap | neg
looks cheap | neg
cheap plastic | neg
cheap material | neg
cheap quality | neg
cheap feeling | neg
cheap build | neg
cheap construction | neg
cheap parts | neg
cheap keyboard | neg
cheap screen | neg
low quality | neg
poor quality | neg
bad quality | neg
high quality | pos
top quality | pos
good quality | pos
great quality | pos
excellent quality | pos
construction
craftsmanship
workmanship
material
plastic
aluminum
aluminium
metal
sturdy | pos
solid | pos
solid build | pos
rock solid | pos
feels solid | pos
feels sturdy | pos
feels premium | pos
premium feel | pos
flimsy | neg
fragile | neg
wobbly | neg
rattle
creak
creaky | neg
durable | pos
last long
built to last | pos
will last | pos
did not last | neg
does not last | neg
lasted only | neg
only lasted | neg
wear and tear
worn out | neg
wore out | neg
falling apart | neg
fell apart | neg
came apart | neg
came off | neg
come off | neg
fell off | neg
falls off | neg
peeling | neg
broke | neg
broken | neg
breaks | neg
broke after | neg
cracked | neg
scratch
scratch resistant | pos
dent
chipped | neg exact
snapped | neg
bent | exact
loose | neg
jammed | neg
sticky keys | neg
key stuck | neg
keys stick | neg
defect | neg
manufacturing defect | neg
faulty | neg
flawed | neg
lemon | neg
dud | neg
junk | neg
# bloatware, not build quality
junk software | ignore
junk programs | ignore
junk apps | ignore
piece of junk | neg
piece of crap | neg
piece of garbage | neg
crap | neg
crappy | neg
garbage | neg
trash | exact
dead pixel | neg
stuck pixel | neg
backlight bleed | neg
light bleed | neg
screen quality
display quality
picture quality
image quality
resolution
screen resolution
high resolution | pos
crisp | pos
crystal clear | pos
vivid | pos
bright | pos
colors
colours
viewing angle
glare
glossy screen
matte screen
sound | exact
# "they sound like students", "sounds like a plan": seeming, not audio
sound like | ignore
sounds like | ignore
sounded like | ignore
sound quality
audio
audio quality
speaker
volume
loud | exact
quiet | pos
noise
noisy | neg
fan noise | neg
buzzing | neg
hum | exact
heat
hot | exact
runs hot | neg
gets hot | neg
gets warm
runs warm
overheat
overheating | neg
heats up | neg
camera quality
keyboard quality
hinge
well designed | pos
poorly designed | neg
badly designed | neg
design flaw | neg
over heated | neg
durrable | pos exact
tough | pos
# the adjective only: the adverb "clearly" (clearly a mistake, speak clearly) is not a quality
clear | pos exact
clearer | pos exact
# "clear" about information, not a picture or a sound
clear that | ignore
clear whether | ignore
made it clear | ignore
make it clear | ignore
sharp | pos
warm | exact
temperature
temp | exact
burn my
feel of the keyboard
nice feel | pos
longevity
lasted | exact
still going | pos
still works | pos
sticky | neg
keys are sticking | neg
# durability and finish
held up
holds up
holds up well | pos
held up well | pos
life span
lifespan
service life
fingerprints
fingerprint magnet | neg
clarity
better made
steer clear | ignore
stay clear | ignore
to be clear | ignore
# hardware that dies or goes bad is a durability/defect problem
died | pain
dead | pain
went dead | pain
dead on arrival | pain
doa | pain
went bad | pain
gone bad | pain
hard drive failure | pain
defective hard drive | pain
defective | neg
durability
clear the cache | ignore
clearing the cache | ignore
cleared the cache | ignore
clear cache | ignore
clear my cache | ignore
# laptops and devices: hinges, chassis, screens, speakers, fans, heat (general vocabulary)
hinge broke | neg
loose hinge | neg
wobbly hinge | neg
cracked screen | neg
screen cracked | neg
keyboard flex | neg
screen flex | neg
flexes | neg exact
chassis
casing | exact
bezel
scratches easily | neg
dented | neg
dim screen | neg
screen is dim | neg
washed out | neg
tinny | neg
muffled | neg
crackling | neg
coil whine | neg
loud fan | neg
fan is loud | neg
fans are loud | neg
whirring | neg
too hot | neg
hot to the touch | neg
swollen battery | neg
battery swelled | neg
bulging battery | neg
frayed | neg
power jack
charging port
gave out | neg
conked out | neg
# "cheap" about how a device is made is quality, not price (the longer phrase takes the word)
cheap junk | neg
cheap looking | neg
cheap feel | neg
feel cheap | neg
cheap hinge | neg
cheap hinges | neg
cheap speakers | neg
cheap trackpad | neg
cheaply constructed | neg

[fr]
# qualité de fabrication, défauts, durabilité
qualité de fabrication
mauvaise qualité | neg
qualité médiocre | neg
piètre qualité | neg
bonne qualité | pos
haute qualité | pos
qualité irréprochable | pos
fabrication
bien fabriqué | pos
mal fabriqué | neg
bien conçu | pos
mal conçu | neg
bien fini | pos
mal fini | neg
finition
finitions bâclées | neg
matériau
matériaux
plastique
plastique bas de gamme | neg
fait cheap | neg
fait bon marché | neg
camelote | neg
pacotille | neg
de la pacotille | neg
bas de gamme | neg
haut de gamme | pos
solide | pos
robuste | pos
robustesse
fragile | neg
durable | pos
ne tient pas | neg
tient bien | pos
tenu que | neg
n'a pas tenu | neg
cassé | neg
s'est cassé | neg
se casse | neg
cassé au bout de | neg
tombé en morceaux | neg
abîmé | neg
rayé | neg
rayure
fissure | neg
fêlé | neg
cabossé | neg
défaut | neg
défaut de fabrication | neg
défectueux | neg
vice caché | neg
usé | neg
usure
se décolle | neg
décollé | neg
bancal | neg
branlant | neg
qui se détache | neg
pixel mort | neg
écran
qualité d'écran
qualité de l'écran
qualité du son
qualité sonore
haut-parleur
bruyant | neg
bruit | exact
surchauffe | neg
chauffe | neg
chauffe beaucoup | neg
garantie
# ordinateurs et appareils : charnières, coque, écran, son, ventilateur (vocabulaire général)
charnière
charnières fragiles | neg
coque
châssis
dalle
écran terne | neg
écran lumineux | pos
reflets | neg
rétroéclairage
grésille | neg
grésillement | neg
bruit du ventilateur | neg
ventilateur bruyant | neg
souffle fort | neg
chauffe trop | neg
batterie gonflée | neg
a lâché | neg pain
m'a lâché | neg pain
rendu l'âme | neg pain
mort au bout de | neg pain
touche cassée | neg
touches cassées | neg
