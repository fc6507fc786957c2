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
rudely | neg
rudeness | neg
impolite | neg
unfriendly | neg
unprofessional | neg
disrespectful | neg
disrespect | neg
condescending | neg
condescension | neg
patronizing | neg
patronising | neg
dismissive | neg
arrogant | neg
arrogance | neg
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
abrupt | neg
short with us | neg
indifferent | neg
indifference | neg
uncaring | neg
careless | neg
apathetic | neg
sarcastic | neg
pushy | neg
aggressive | neg
yelled | neg
yelling | neg
shouted | neg
screamed | neg
insulted | neg
insulting | neg
argued | neg
argue | neg
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
unwelcoming | neg
rushed us | neg
felt rushed | neg
rushing us | neg
hurried us | neg
# positive
friendly | pos
friendliness | pos
polite | pos
politeness | pos
courteous | pos
courtesy | pos
respectful | pos
professional | pos
professionalism | pos
welcoming | pos
warm welcome | pos
warmly | pos
hospitable | pos
gracious | pos
personable | pos
pleasant staff | pos
nice staff | pos
lovely staff | pos
kindness | pos
kindly | pos
caring | pos
cared | pos
empathy | pos
empathetic | pos
sympathetic | pos
compassion* | pos
patient | pos
patience
helpful | pos
unhelpful | neg
helpfulness | pos
accommodating | pos
accommodated us | pos
attentive | pos
attentiveness | pos
inattentive | neg
attention
attention to detail
attentively | pos
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
smiled | pos
smiling | pos
smiley | pos
with a smile | pos
cheerful | pos
bubbly | pos
they listened | pos
listened | pos
listen
did not listen | neg
not listening | neg
pay attention
paid attention
paying attention
paid no attention | neg

[fr]
# attitude du personnel
attitude
comportement
amabilité | pos
aimable | pos
aimables | pos
peu aimable | neg
désagréable | neg
désagréables | neg
impoli | neg
impolie | neg
impolitesse | neg
malpoli | neg
malpolie | neg
mal poli | neg
grossier | neg
grossière | neg
grossièreté | neg
irrespectueux | neg
irrespectueuse | neg
manque de respect | neg
méprisant | neg
méprisante | neg
mépris | neg
hautain | neg
hautaine | neg
arrogant | neg
arrogante | neg
arrogance | neg
condescendant | neg
condescendante | neg
prétentieux | neg
snob | neg
dédaigneux | neg
odieux | neg
odieuse | neg
antipathique | neg
exécrable | neg
agressif | neg
agressive | neg
énervé | neg
énervée | neg
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
nonchalance | neg
blasé | neg
froideur | neg
accueil froid | neg
accueil glacial | neg
glacial | neg
mal accueillis | neg
mal accueilli | neg
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
gentils | pos
gentillesse | pos
adorable | pos
adorables | pos
sympathique | pos
sympathiques | pos
sympa | pos
sympas | pos
souriant | pos
souriante | pos
souriants | pos
souriantes | pos
sourire | pos
sourires | pos
avec le sourire | pos
chaleureux | pos
chaleureuse | pos
chaleureusement | pos
accueil chaleureux | pos
chaleur | pos
convivial | pos
conviviale | pos
convivialité | pos
courtois | pos
courtoise | pos
courtoisie | pos
poli | pos
polie | pos
polis | pos
politesse | pos
respectueux | pos
professionnel | pos
professionnelle | pos
professionnels | pos
professionnalisme | pos
bienveillant | pos
bienveillance | pos
attentionné | pos
attentionnée | pos
attentionnés | pos
attentif | pos
attentive | pos
attentifs | pos
attention
aux petits soins | pos
petits soins | pos
à l'écoute | pos
écoute | pos
à notre écoute | pos
empathie | pos
compréhensif | pos
compréhensive | pos
patient | pos
patiente | pos
patience
serviable | pos
serviables | pos
disponible | pos
disponibles | pos
disponibilité | pos
avenant | pos
avenante | pos
agréable accueil | pos
accueil agréable | pos
bon accueil | pos
accueil impeccable | pos
très bien accueillis | pos
bien accueillis | pos
dévoué | pos
dévouée | pos
manque d'attention | neg
manque de professionnalisme | neg
manque de politesse | neg
manque d'amabilité | neg
manque de sourire | neg
manque de courtoisie | neg
manque de considération | neg
