# attitude: rude, dismissive, caring, friendly, 'they listened'
theme = support.empathy
parent = support
label.en = Staff attitude and empathy
label.fr = Attitude et empathie du personnel
label.ar = تعامل الموظفين وأسلوبهم
label.fa = برخورد و همدلی کارکنان

[en]
# attitude of staff and agents
attitude
bad attitude | neg
rude | neg
impolite | neg
unfriendly | neg
unprofessional | neg
disrespectful | neg
condescending | neg
condescension | neg
patronizing | neg exact
patronising | neg exact
dismissive | neg
arrogant | neg
snobby | neg
snobbish | neg
snooty | neg
snotty | neg
pretentious staff | neg
obnoxious | neg
hostile | neg
surly | neg
grumpy | neg
cranky | neg
curt | neg
abrupt | neg exact
short with us | neg
indifferent | neg
uncaring | neg
careless | neg
apathetic | neg
sarcastic | neg
pushy | neg
aggressive | neg
yelled | neg
shouted | neg
screamed | neg exact
insulted | neg
# exact: "you could argue that" is not arguing with a customer
argued | neg exact
argued with | neg
argue with | neg
arguing | neg exact
argumentative | neg
eye roll | neg
rolled her eyes | neg
rolled his eyes | neg
rolled their eyes | neg
treated us like | neg
treated me like | neg
looked down on | neg
made us feel unwelcome | neg
unwelcome | neg
rushed us | neg
felt rushed | neg
hurried us | neg
# positive
friendly | pos exact
# "X-friendly" compounds describe suitability, not staff attitude
computer friendly | ignore
beginner friendly | ignore
novice friendly | ignore
kid friendly | ignore
family friendly | ignore
eco friendly | ignore
environmentally friendly | ignore
travel friendly | ignore
mobile friendly | ignore
printer friendly | ignore
friendliness | pos
polite | pos exact
courteous | pos
courtesy | pos
respectful | pos exact
professionalism | pos exact
welcoming | pos exact
warm welcome | pos
warmly | pos exact
hospitable | pos
gracious | pos
personable | pos exact
pleasant staff | pos
nice staff | pos
lovely staff | pos
kindness | pos exact
kindly | pos exact
caring | pos exact
empathy | pos
empathetic | pos
sympathetic | pos
compassion* | pos
patient | pos
patience
helpful | pos exact
unhelpful | neg exact
helpfulness | pos exact
accommodating | pos exact
accommodated us | pos
attentive | pos exact
inattentive | neg
attention to detail
went above and beyond | pos
above and beyond | pos
go out of their way | pos
went out of their way | pos
went out of his way | pos
went out of her way | pos
bent over backwards | pos
made us feel welcome | pos
made us feel at home | pos
made us feel special | pos
treated us well | pos
treated like family | pos
smile | pos
smiley | pos
with a smile | pos
cheerful | pos exact
bubbly | pos
they listened | pos
listened | pos exact
did not listen | neg
not listening | neg
# "is not" / "was not" are read as one negator token that would otherwise negate this term
is not listening | neg
was not listening | neg
are not listening | neg
were not listening | neg
pay attention
paid attention
paid no attention | neg
very professional | pos
professional staff | pos
professional service | pos
thoughtful | pos exact
treated
treated terribly | neg
treated badly | neg
treated poorly | neg
treated rudely | neg
treated very well | pos
treated like royalty | pos

[fr]
# attitude du personnel
attitude
comportement
amabilité | pos
aimable | pos
peu aimable | neg
désagréable | neg
impoli | neg
impolitesse | neg
malpoli | neg
mal poli | neg
grossier | neg
grossièreté | neg
irrespectueux | neg
manque de respect | neg
méprisant | neg
mépris | neg
hautain | neg
arrogant | neg
condescendant | neg
prétentieux | neg
snob | neg
dédaigneux | neg
odieux | neg
antipathique | neg
exécrable | neg
agressif | neg
énervé | neg
a crié | neg
crier | neg
engueulé | neg
nous a pris de haut | neg
pris de haut | neg
mal élevé | neg
désinvolte | neg
désinvolture | neg
je m'en foutiste | neg
je-m'en-foutisme | neg
nonchalant | neg
blasé | neg
froideur | neg
accueil froid | neg
accueil glacial | neg
glacial | neg
mal accueillis | neg
mal reçu | neg
accueil désagréable | neg
pas un bonjour | neg
sans un bonjour | neg
sans un sourire | neg
aucun sourire | neg
pas un sourire | neg
nous a fait sentir | neg
mal à l'aise | neg
bousculés | neg
poussés dehors | neg
# positif
gentil | pos
gentille | pos
gentillesse | pos
sympathique | pos
souriant | pos
sourire | pos
avec le sourire | pos
accueil chaleureux | pos
courtois | pos
poli | pos
politesse | pos
respectueux | pos
professionnel | pos
# a business account or use is not professionalism
compte professionnel | ignore
comptes professionnels | ignore
usage professionnel | ignore
vie professionnelle | ignore
clients professionnels | ignore
professionnalisme | pos
bienveillant | pos
attentionné | pos
attentif | pos exact
aux petits soins | pos
petits soins | pos
à l'écoute | pos
écoute | pos exact
à notre écoute | pos
empathie | pos
compréhensif | pos
patient | pos
patience
serviable | pos
disponible          | pos context
disponibilité | pos
avenant | pos
agréable accueil | pos
accueil agréable | pos
bon accueil | pos
accueil impeccable | pos
très bien accueillis | pos
bien accueillis | pos
dévoué | pos
manque d'attention | neg
manque de professionnalisme | neg
manque de politesse | neg
manque d'amabilité | neg
manque de sourire | neg
manque de courtoisie | neg
manque de considération | neg
personnel sympa | pos
serveur sympa | pos
serveuse sympa | pos
équipe sympa | pos
patron sympa | pos
staff sympa | pos
gérant sympa | pos
personnel chaleureux | pos
équipe chaleureuse | pos
patron chaleureux | pos
serveur chaleureux | pos
chaleureusement | pos exact
attentifs | pos exact
attentive | pos exact
attentives | pos exact
accueillant | pos exact
accueillante | pos exact
accueillants | pos exact
accueillantes | pos exact
pas un merci | neg
sans un merci | neg
aucune explication | neg
sans explication | neg
# negated politeness as whole terms: the [negative] cue "peu aimable" etc. would otherwise cancel against the pos term inside it
pas aimable | neg
pas professionnel | neg
pas de sourire | neg
pas souriant | neg
pas sympathique | neg
pas accueillant | neg
pas attentif | neg
peu accueillant | neg
peu attentif | neg
peu d'amabilité | neg
peu professionnel | neg
peu souriant | neg
peu sympathique | neg
peu serviable | neg
aucun professionnalisme | neg
manque de professionnalisme | neg
aucune politesse | neg
manque d'amabilité | neg
manque de politesse | neg
# staff nouns: availability in their sentence is about the staff (anchors, no mention)
personnel | anchor
serveur | anchor
serveurs | anchor
serveuse | anchor
équipe | anchor
conseiller | anchor
conseillère | anchor
employé | anchor
employés | anchor
staff | anchor
patron | anchor
service client | anchor
gérant | anchor exact
accueil | anchor
