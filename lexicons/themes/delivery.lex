# shipping and delivery: late, lost, damaged, tracking
theme = delivery
label.en = Shipping and delivery
label.fr = Livraison et expédition
label.ar = الشحن والتوصيل
label.fa = ارسال و تحویل

[en]
# shipping and delivery
delivery
fast delivery | pos
quick delivery | pos
speedy delivery | pos
fast shipping | pos
quick shipping | pos
shipped fast | pos
shipped quickly | pos
delivery was fast | pos
delivery was quick | pos
shipping was fast | pos
shipping was quick | pos
delivered | exact
late delivery | neg
delivery time
delivery date
delivery fee
delivery charge
ship
shipment
free shipping
shipping cost
shipping fee
shipping time
expedited shipping
courier
fedex
usps
dhl
ups | exact
postal service
post office
in the mail
by mail
tracking | exact
tracking number
tracking info
tracking information
package | exact
packages | exact
parcel
arrived late | neg
arrived damaged | pain
came damaged | pain
damaged in transit | pain
damaged in shipping | pain
lost in the mail | pain
lost in transit | pain
lost package | pain
never arrived | pain
never received | pain
never got my order | pain
# exact: "does not deliver quality sound" is not about delivery
not delivered | pain exact
# "is not" / "was not" are read as one negator token that would otherwise negate this term
is not delivered | pain
was not delivered | pain
are not delivered | pain
were not delivered | pain
wrong item | pain
wrong address | neg
missing item | pain
dispatch
out for delivery
delivery driver
delivery guy
doorstep
porch
left at the door
backorder
back ordered
out of stock
in stock
pre-order
preorder
takeout
take out | exact
takeaway
take away | exact
order online
online order
arrived on time | pos
arrived early | pos
arrived quickly | pos
arrived promptly | pos
arrived in time
arrived broken | pain
arrival date
delivers on time | pos
# laptop senses: touchpad tracking, software bundles
tracking area | ignore
tracking pad | ignore
tracking speed | ignore
software package | ignore
software packages | ignore
# the delivery as a point in time ("it has not worked since delivery"), not a delivery experience
since delivery | ignore
since it was delivered | ignore
having it delivered | ignore

[fr]
# livraison et expédition
livraison
livrer
livreur
livreuse
livraison rapide | pos
livraison gratuite
livraison en retard | neg
retard de livraison | neg
délai de livraison
frais de livraison
frais de port
jamais livré | pain
pas livré | pain
non livré | pain
jamais reçu | pain
jamais arrivé | pain
pas reçu | pain
toujours pas reçu | pain
colis
colis perdu | pain
colis abîmé | pain
colis endommagé | pain
arrivé abîmé | pain
arrivé cassé | pain
arrivé endommagé | pain
expédition
expédié
envoi
suivi de colis
numéro de suivi
suivi de commande
transporteur
la poste
colissimo
chronopost
mondial relay
relais colis
point relais
boîte aux lettres
réception du colis
à domicile
à emporter
vente à emporter
commande en ligne
rupture de stock
en stock
mauvais article | pain
article manquant | pain
erreur de commande | pain
