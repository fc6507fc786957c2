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
build
well built | pos
well-built | pos
poorly built | neg
badly built | neg
well made | pos
well-made | pos
poorly made | neg
badly made | neg
cheaply made | neg
cheaply built | neg
made cheaply | neg
feels cheap | neg
feel cheap | neg
looks cheap | neg
cheap plastic | neg
cheap material | neg
cheap materials | neg
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
materials
plastic
aluminum
aluminium
metal
sturdy | pos
sturdiness
solid | pos
solidly | pos
solid build | pos
rock solid | pos
feels solid | pos
feels sturdy | pos
feels premium | pos
premium feel | pos
flimsy | neg
fragile | neg
wobbly | neg
wobble
rattle
rattles
rattling
creak
creaks
creaky | neg
durable | pos
durability
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
fall apart | neg
came apart | neg
came off | neg
come off | neg
fell off | neg
falls off | neg
peeling | neg
peeled | neg
broke | neg
broken | neg
breaks | neg
breaking
broke after | neg
cracked | neg
crack | neg
cracks | neg
scratch
scratches
scratched | neg
scratch resistant | pos
dent
dented | neg
chipped | neg
snapped | neg
bent | exact
loose | neg
jammed | neg
sticky keys | neg
sticky key | neg
key stuck | neg
keys stick | neg
defect | neg
defects | neg
defective | neg
manufacturing defect | neg
faulty | neg
flawed | neg
flaw | neg
flaws | neg
lemon | neg
dud | neg
junk | neg
piece of junk | neg
piece of crap | neg
piece of garbage | neg
crap | neg
crappy | neg
garbage | neg
trash | exact
dead pixel | neg
dead pixels | neg
stuck pixel | neg
backlight bleed | neg
light bleed | neg
screen
display
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
brightness
colors
colours
viewing angle
viewing angles
glare
glossy screen
matte screen
sound
sound quality
audio
audio quality
speaker
speakers
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
get hot | neg
gets warm
runs warm
overheat
overheats | neg
overheating | neg
overheated | neg
heats up | neg
webcam
camera quality
keyboard quality
hinge
hinges
well designed | pos
poorly designed | neg
badly designed | neg
design flaw | neg

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
finitions
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
solidité
robuste | pos
robustesse
fragile | neg
fragilité
durable | pos
durabilité
ne tient pas | neg
tient bien | pos
tenu que | neg
n'a pas tenu | neg
cassé | neg
cassée | neg
casse | neg
s'est cassé | neg
se casse | neg
cassé au bout de | neg
tombé en morceaux | neg
abîmé | neg
abîmée | neg
rayé | neg
rayée | neg
rayure
rayures
fissure | neg
fissuré | neg
fêlé | neg
cabossé | neg
défaut | neg
défauts | neg
défaut de fabrication | neg
défectueux | neg
défectueuse | neg
vice caché | neg
usé | neg
usure
se décolle | neg
décollé | neg
bancal | neg
branlant | neg
qui se détache | neg
pixel mort | neg
pixels morts | neg
écran
qualité d'écran
qualité de l'écran
qualité du son
qualité sonore
haut-parleur
haut-parleurs
bruyant | neg
bruit | exact
surchauffe | neg
chauffe | neg
chauffe beaucoup | neg
garantie
