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
packing | exact
well packed | pos
poorly packed | neg
badly packed | neg
packaged
packaging was damaged | pain
box
crushed box | pain
damaged box | pain
box was damaged | pain
open box
wrapped
bubble wrap
shrink wrap
plastic wrap
sealed
seal was broken | pain
broken seal | pain
container | exact
containers | exact
to-go container
take out container
bag | exact
bags | exact
padding | exact
packing material
excessive packaging | neg
too much packaging | neg
eco-friendly packaging | pos
recyclable packaging
packed well | pos
securely packed | pos

[fr]
# emballage
emballage
emballé
bien emballé | pos
mal emballé | neg
suremballage | neg
trop d'emballage | neg
carton
boîte
carton abîmé | pain
carton écrasé | pain
boîte abîmée | pain
boîte écrasée | pain
papier bulle
film plastique
scellé
opercule
sachet
sac | exact
barquette
conditionnement | exact
conditionné
calage
emballage recyclable
