# trust, privacy and dark patterns: hidden costs, tricks, forced continuity, misleading claims
theme = trust
label.en = Trust, privacy and dark patterns
label.fr = Confiance, vie privée et pratiques trompeuses
label.ar = الثقة والخصوصية
label.fa = اعتماد و حریم خصوصی

[en]
# trust, privacy, dark patterns, misleading claims
trust
trustworthy | pos
untrustworthy | neg
distrust | neg
mistrust | neg
can not trust | neg
scam | neg
scammer | neg
scammy | neg
fraud | neg
fraudulent | neg
conned | neg exact
cheat | neg
swindle | neg
shady | neg
sketchy | neg
dodgy | neg
dishonest | neg
dishonesty | neg
honest | pos
honesty | pos
lied | neg
liar | neg
misleading | neg
misled | neg
deceptive | neg
deceive | neg
false advertising | neg
false claims | neg
false promises | neg
bait and switch | neg
hidden fees | neg
hidden costs | neg
hidden charges | neg
fine print | neg
small print | neg
tricked | neg
trap | neg
tourist trap | neg
dark pattern | neg
forced continuity | neg
impossible to cancel | neg
hard to cancel | neg
auto renewed without | neg
without my consent | neg
without permission | neg
sneaky | neg
predatory | neg
manipulative | neg
privacy
privacy policy
personal data
personal information
my data
data breach | neg
breach | neg
leaked | neg
sold my data | neg
selling my data | neg
share my data | neg
tracking me | neg
spying | neg
security
insecure | neg
transparency | pos
not transparent | neg
# "is not" / "was not" are read as one negator token that would otherwise negate this term
is not transparent | neg
was not transparent | neg
are not transparent | neg
were not transparent | neg
beware | neg
stay away | neg

[fr]
# confiance, vie privée, pratiques trompeuses
confiance
pas confiance | neg
méfiance | neg
méfiez-vous | neg
fuyez | neg
à fuir | neg
arnaque | neg
arnaqueur | neg
escroc | neg
escroquerie | neg
fraude | neg
frauduleux | neg
malhonnête | neg
malhonnêteté | neg
honnête | pos
honnêteté | pos
mensonge | neg
menteur | neg
menti | neg
trompeur | neg
trompeuse | neg
trompé | neg
tromperie | neg
publicité mensongère | neg
mensongère | neg
frais cachés | neg
coûts cachés | neg
piège | neg
piège à touristes | neg
attrape-touristes | neg
attrape-nigaud | neg
petites lignes | neg
sans mon accord | neg
sans mon consentement | neg
impossible de résilier | neg
impossible à résilier | neg
reconduction tacite | neg
vie privée
données personnelles
mes données
confidentialité
rgpd
fuite de données | neg
revendent mes données | neg
sécurité
sécurisé | pos
transparence | pos
pas transparent | neg
louche | neg
voleur | neg
volé | neg
