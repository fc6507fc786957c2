# shipping and delivery: late, lost, damaged, tracking
theme = delivery
label.en = Shipping and delivery
label.fr = Livraison et expédition
label.ar = الشحن والتوصيل
label.fa = ارسال و تحویل

[en]
# shipping and delivery
delivery
deliveries
deliver
delivered
delivering
late delivery | neg
delivery time
delivery date
delivery fee
delivery charge
ship
shipped
shipping
shipment
shipments
free shipping
shipping cost
shipping costs
shipping fee
shipping time
expedited shipping
courier
couriers
fedex
usps
dhl
ups | exact
postal service
post office
in the mail
by mail
tracking
tracking number
tracking info
tracking information
package | exact
packages | exact
parcel
parcels
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
not delivered | pain
wrong item | pain
wrong address | neg
missing item | pain
missing items | pain
dispatch
dispatched
out for delivery
delivery driver
delivery guy
doorstep
porch
left at the door
backorder
backordered
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
ordered online
online order
arrived on time | pos
arrived early | pos
arrived quickly | pos
arrived promptly | pos
arrived in time
arrived broken | pain
arrival date

[fr]
# livraison et expédition
livraison
livraisons
livrer
livré
livrée
livrés
livrées
livreur
livreurs
livreuse
livraison rapide | pos
livraison gratuite
livraison en retard | neg
retard de livraison | neg
délai de livraison
délais de livraison
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
expédiée
expédier
envoi
envoyé
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
commandé en ligne
rupture de stock
en stock
mauvais article | pain
article manquant | pain
erreur de commande | pain
