# packaging
theme = delivery.packaging
parent = delivery
label.en = Packaging
label.fr = Emballage
label.ar = التغليف
label.fa = بسته‌بندی

[en]
# packaging
packaging | exact
packing
well packed | pos
poorly packed | neg
badly packed | neg
packaged
packaging was damaged | pain
box
boxes
boxed
crushed box | pain
damaged box | pain
box was damaged | pain
open box
opened box
wrapped
wrapping
bubble wrap
shrink wrap
plastic wrap
sealed
seal
seal was broken | pain
broken seal | pain
container
containers
to-go container
take out container
bag | exact
bags | exact
padding
packing material
packing materials
excessive packaging | neg
too much packaging | neg
eco-friendly packaging | pos
recyclable packaging
packed well | pos
securely packed | pos

[fr]
# emballage
emballage
emballages
emballé
emballée
emballés
bien emballé | pos
mal emballé | neg
mal emballée | neg
suremballage | neg
trop d'emballage | neg
carton
cartons
boîte
boîtes
boite
carton abîmé | pain
carton écrasé | pain
boîte abîmée | pain
boîte écrasée | pain
papier bulle
film plastique
scellé
opercule
sachet
sachets
sac | exact
barquette
barquettes
conditionnement
conditionné
calage
emballage recyclable
