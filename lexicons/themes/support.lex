# customer service and support in general: agents, staff, help received
theme = support
label.en = Customer service and support
label.fr = Service client et support
label.ar = خدمة العملاء والدعم
label.fa = پشتیبانی و خدمات مشتری

[en]
# --- generic customer service / support
service
customer service
customer support
customer care
client service
support
support team
support staff
tech support
technical support
help desk
helpdesk
call center
call centre
contact center
hotline
geek squad
# people
staff
staffer*
employee
worker
personnel
crew
team member
agent
rep
representative
customer rep
sales rep
salesman
saleswoman
salesperson
sales person
sales associate
associate
clerk
cashier
attendant
receptionist
front desk
reception
concierge
operator
technician
tech guy
manager
management
supervisor
owner
proprietor
# restaurant front of house
waiter
waitress
waitperson
waitstaff
wait staff
waiting staff
server
host
hostess
maitre d
maître d
bartender
barman
barmaid
barkeep
barista
sommelier
busboy
bus boy
busser
runner
food runner
delivery guy
delivery man
delivery person
delivery driver
front of house
the guy at the counter
the lady at the counter
counter staff
kitchen staff
# service interactions (restaurant)
hospitality
took our order
take our order
taking our order
took my order
take my order
taken our order
took the order
our order right
got our order wrong
got my order wrong
wrong order
seated | exact
seat us
seated us
sat us
get seated
to be seated
were seated
was seated
reservation
reservations
greeted
greet us
greeted us
welcomed us
brought us
bring us
brought out
served us
serve us
checked on us
check on us
checking on us
came over
came by our table
came to our table
stopped by our table
refill*
topped off
cleared our plates
cleared the table
flag down
flagged down
wave down
get someone's attention
get their attention
get the attention
ignored us

[fr]
# --- service / support en général
service
service client
service clients
service clientèle
relation client
sav
service après vente
service apres-vente
support
assistance
hotline
standard
centre d'appel
centre d'appels
plateforme téléphonique
# personnes
personnel
équipe
staff
employé
employée
employés
salarié
agent
agents
conseiller
conseillère
conseillers
téléconseiller
interlocuteur
interlocutrice
opératrice
vendeur
vendeuse
caissier
caissière
hôtesse
hôte
hôtesse d'accueil
réceptionniste
réception
gérant
gérante
patron
patronne
propriétaire
proprio
responsable
directeur
directrice
manager
technicien
livreur
# restauration
serveur
serveuse
serveurs
serveuses
garçon
garçon de café
maître d'hôtel
maitre d
chef de rang
sommelier
sommelière
barman
barmaid
commis
accueil
accueilli
accueillis
accueillie
accueillies
accueillant
accueillante
accueillants
prise de commande
pris la commande
prendre la commande
prendre notre commande
pris notre commande
prend la commande
prise en charge
nous a servi
nous ont servi
nous a servis
nous a apporté
nous ont apporté
a débarrassé
débarrasser
nous a installé
nous a installés
nous ont installés
placés
placé à
installés à
réservation
réservé
mal reçus
bien reçus
reçus par
