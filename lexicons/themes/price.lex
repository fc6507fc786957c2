# price and value for money: expensive, cheap, worth it, fees, plans
theme = price
label.en = Price and value for money
label.fr = Prix et rapport qualité-prix
label.ar = السعر والقيمة مقابل المال
label.fa = قیمت و ارزش خرید

[en]
# price and value for money
price
price tag
price point
price range
price wise
pricewise
pricey | neg
pricy | neg
overpriced | neg
over priced | neg
underpriced | pos
# before "cost" (context): the first term of a theme that matches the same word wins
costly              | neg exact
cost                | context
expensive | neg exact
too expensive | neg
# "less expensive than" praises the price (without it the stem of "expensive" reads it as a complaint)
less expensive | pos
so expensive | neg
inexpensive | pos
cheap
cheaper             | context
cheapest            | context
dirt cheap | pos
on the cheap
affordable | pos
unaffordable | neg
reasonable | pos exact
moderately priced | pos
fairly priced | pos
well priced | pos
budget              | context
budget friendly | pos
wallet friendly | pos
value
good value | pos
great value | pos
excellent value | pos
poor value | neg
value for money
value for the money
bang for the buck | pos
bang for your buck | pos
bang for my buck | pos
worth it            | pos context
worth the money | pos
worth the price | pos
worth every penny | pos
worth every cent | pos
well worth          | pos context
money's worth | pos
moneys worth | pos
not worth the money | neg
# "is not" / "was not" are read as one negator token that would otherwise negate this term
is not worth the money | neg
was not worth the money | neg
are not worth the money | neg
were not worth the money | neg
not worth the price | neg
# "is not" / "was not" are read as one negator token that would otherwise negate this term
is not worth the price | neg
was not worth the price | neg
are not worth the price | neg
were not worth the price | neg
not worth it | neg
# "is not" / "was not" are read as one negator token that would otherwise negate this term
is not worth it | neg
was not worth it | neg
are not worth it | neg
were not worth it | neg
waste of money | neg
rip off | neg
ripoff | neg
highway robbery | neg
daylight robbery | neg
steep | neg
exorbitant | neg
outrageous prices | neg
insane prices | neg
premium price | neg
markup | neg
mark up | neg
upcharge | neg
overcharged | neg
gouge | neg
dollar              | context
buck                | exact context
bucks               | exact context
cents               | context
euro                | context
bill                | context
bill gates | ignore
pay bills | ignore
pay my bills | ignore
check came to
tab came to
service charge
cover charge
tax                 | context
pay more
you get what you pay for
for what you pay
for what you get
for the price
for the money
for the cost
at this price
at that price
per person          | context
per head
good deal | pos
great deal | pos
a steal | pos
steal | exact
bargain | pos
promo               | context
promo code          | context
happy hour          | context
early bird          | context
fee
hidden fees | neg
subscription price
subscription cost
monthly fee
annual fee
pricing plan
plans and pricing
free plan
free tier
paid plan
premium plan
upgrade cost
economical | pos
splurge
pricier
cost effective | pos
bargain price | pos
low price | pos
high price | neg
higher price | neg
prix fixe           | context
a deal | pos
big deal | ignore
big a deal | ignore
deal breaker | ignore
dealbreaker | ignore
a deal breaker | ignore
what a deal | pos
the deal
spent a fortune | neg
cost a fortune | neg
paid a fortune | neg
a fortune | neg
break the bank | neg
save money
extra money
less money
<price>              | context
reasonably priced | pos
paid more
pay extra
pay less
pay too much
paid too much | neg
pay a premium
you pay for
price you pay
what we paid
what i paid
what you pay
pay top dollar
arm and a leg | neg
through the nose | neg
crazy prices | neg
paid for it
worth paying
pay for quality
reasonable price | pos
reasonable prices | pos
# a comparison with another product's price is not a judgement of this one's price
more expensive than | ignore
pricier than | ignore

[fr]
# prix et rapport qualité-prix
prix
tarif
tarifaire
coût
coûtent
coûteux | neg
onéreux | neg
cher | neg
trop cher | neg
pas cher | pos
chérot | neg
hors de prix | neg
prix élevé | neg
prix exorbitant | neg
exorbitant | neg
excessif | neg
prohibitif | neg
abusé | neg
abordable | pos exact
abordables | pos exact
bon marché | pos
raisonnable | exact
raisonnables | exact
modique | pos
modéré
petit prix | pos
petits prix | pos
prix doux | pos
prix imbattable | pos
imbattable | pos
prix correct | pos
prix honnête | pos
rapport qualité prix
qualité prix
rapport prix
rapport prix qualité
vaut le prix | pos
vaut le coup | pos
vaut son prix | pos
en vaut la peine | pos
rentable | pos
pas rentable | neg
arnaque | neg
du vol | neg
c'est du vol | neg
escroquerie | neg
se faire avoir | neg
on s'est fait avoir | neg
pigeon | neg
addition
addition salée | neg
note salée | neg
douloureuse | neg
la note
ticket moyen
euro                | context
euros               | context
balles              | exact context
budget              | context
porte-monnaie
portefeuille
dépenser
débourser
formule | context
formule midi
supplément | neg
en supplément
majoration | neg exact
pourboire           | context
service compris
service non compris
promo               | context
promotion           | context
réduction           | context
remise              | context
soldes              | context
bon plan | pos
gratuit
offert gratuitement
happy hour
frais de service
frais supplémentaires | neg
frais cachés | neg
frais de port
frais de livraison
abonnement mensuel
prix de l'abonnement
économique | pos
radin | neg
pingre | neg
prix fixe
moins cher
plus cher
le moins cher
ça douille | neg
douiller | neg

[en]
# the noun with its article, or the bill described, judges the amount ("the cost is ridiculous",
# "the bill was outrageous"); the bare word stays context
the cost
cost is
cost was
cost of
costs too much      | neg
cost too much       | neg
bill was
bill is
total bill
hefty bill          | neg
huge bill           | neg
# how people say a meal or a device cost too much (general phrases)
so much money       | neg
too much money      | neg
wasted my money     | neg
waste my money      | neg
wasted money        | neg
for your money
half price
half off
# a bare amount ($12, <price>) is a price judgement only when the sentence frames it as one:
# a unit price, "only/just $X", what was paid or spent (anchors, no mention)
each                | anchor exact
apiece              | anchor
a piece             | anchor
a pop               | anchor
a head              | anchor
came to             | anchor
comes to            | anchor
come to             | anchor
total               | anchor exact
before tip          | anchor
with tip            | anchor
pp                  | anchor exact
per                 | anchor exact
only                | anchor exact
just                | anchor exact
paid                | anchor
pay                 | anchor
paying              | anchor
payed               | anchor
spend               | anchor
spent               | anchor
spending            | anchor
charge              | anchor
charged             | anchor
# billing has "charged us"/"charged me": the longer phrase takes the word, so it is an anchor too
charged us          | anchor
charged me          | anchor
charging            | anchor
extra               | anchor exact

[fr]
# un montant nu (« le menu à 36 euros ») décrit la carte ; il juge le prix quand la phrase dit
# ce qu'on a payé, pour quoi, par personne (ancres, pas de mention)
payé                | anchor
payer               | anchor
dépensé             | anchor
compter             | anchor
total               | anchor
par personne        | anchor
par tête            | anchor
chacun              | anchor
seulement           | anchor
<price>             | context
que                 | anchor exact
