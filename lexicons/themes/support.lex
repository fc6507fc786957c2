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
support | exact
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
clerk
cashier
attendant | exact
receptionist
front desk
reception
concierge
operator | exact
technician
tech guy
manager | exact
supervisor
owner | exact
proprietor
# restaurant front of house
waiter
waitress
waitperson
waitstaff
wait staff
server
host | exact
hostess
maitre d
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
sat us
get seated
to be seated
were seated
was seated
# a booking policy ("they take no reservations") is not the service: it counts beside a staff or service term
reservation         | context
greeted
greet us
welcomed us
brought us
bring us
brought out
served us
checked on us
came over
came by our table
came to our table
stopped by our table
refill*
topped off
cleared our plates
cleared the table
flag down
wave down
get someone's attention
get their attention
get the attention
ignored us
called them
called tech
called customer
called the company
phone call
on the phone
over the phone
hung up | neg
hang up | neg
hung up on me | neg
the company
managers | exact
management | exact
owners | exact
the wait staff
the waitstaff
hosts | exact
# software senses of "management" and "service", not staff
photo management | ignore
file management | ignore
power management | ignore
music management | ignore
disk management | ignore
memory management | ignore
computer management | ignore
task management | ignore
video chat services | ignore
streaming service | ignore
streaming services | ignore
music service | ignore
music services | ignore
subscription service | ignore
# seating and front of house
seat me
seat her
seat them
seat you
seat our
seat parties
refuse to seat | neg
turning away customers | neg
turned us away | neg
turned away | neg
table turnover
who work there
who works there
people working there
special request
upon request
not served | neg
# "is not" / "was not" are read as one negator token that would otherwise negate this term
is not served | neg
was not served | neg
are not served | neg
were not served | neg
were never served | neg
# laptops and devices: support lines and reps (general vocabulary)
support line
phone support
support rep
customer service rep
technical assistance
# "lack of support" is about the support, not a missing feature (the longer term takes the words)
lack of support | neg
lack of customer service | neg
lack of service | neg
# an agent ending the call, not a network drop
disconnected on me | neg
disconnected the call | neg
# owning a product is not the restaurant's or shop's owner
as an owner | ignore
as the owner of | ignore
proud owner | ignore
happy owner | ignore
new owner of | ignore
first time owner | ignore
laptop owner | ignore
mac owner | ignore
pc owner | ignore
iphone owner | ignore

[fr]
# --- service / support en général
service
service client
service clientèle
relation client
sav | exact
service après vente
service apres-vente
support
assistance
hotline
# the switchboard, not the adjective ("les banques standards")
le standard
au standard
du standard
standard téléphonique
standardiste
centre d'appel
plateforme téléphonique
# personnes
personnel
équipe
staff
# exact: employé must not match the verb employer ("employer l'app")
employé | exact
employés | exact
employée | exact
employées | exact
salarié
agent
conseiller | exact
conseillère
téléconseiller
interlocuteur
interlocutrice
opératrice | exact
vendeur
vendeuse
caissier
hôtesse
hôte
hôtesse d'accueil
réceptionniste
réception
# exact: the verb gérer ("gérer le nombre de clients") is not the manager
gérant | exact
gérants | exact
gérante | exact
patron
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
garçon
garçon de café
maître d'hôtel
maitre d
chef de rang
sommelier
barman
barmaid
commis | exact
accueil
prise de commande
pris la commande
prendre la commande
prendre notre commande
pris notre commande
prend la commande
prise en charge
nous a servi
nous ont servi
nous a apporté
nous ont apporté
a débarrassé
débarrasser
nous a installé
nous ont installés
placés | exact
mal reçus
bien reçus
reçus par
# salle : conseils, couverts, déranger le personnel
déranger
couverts | exact
bons conseils | pos
bon conseil | pos
de bon conseil | pos
bien conseillé | pos
nous a conseillé
mauvais plat | neg
erreur de commande | neg
erreur dans la commande | neg
erreur sur l'addition | neg
erreur dans l'addition | neg
relationnel client
# ordinateurs et appareils : assistance du constructeur (vocabulaire général)
assistance technique
support technique
service technique
