# missing features and requests: 'please add', 'wish it could', bulk edit
theme = product.features
label.en = Features and requests
label.fr = Fonctionnalités et demandes
label.ar = الميزات والطلبات
label.fa = امکانات و درخواست‌ها

[en]
# missing features and feature requests
feature
feature request | pain
functionality
option
no option | pain
no way to | pain
there is no way to | pain
please add | pain
pls add | pain
please bring back | pain
bring back | pain
please make | pain
please allow | pain
please let us | pain
would be nice | pain
would be great if | pain
would love to see | pain
i wish | pain
wish it had | pain
wish it could | pain
wish there was | pain
wish there were | pain
should have | pain
should add | pain
needs to add | pain
need an option | pain
missing | pain exact
lacks | pain
lack of | pain
does not have | pain
does not support | pain
not supported | pain
# "is not" / "was not" are read as one negator token that would otherwise negate this term
is not supported | pain
was not supported | pain
are not supported | pain
were not supported | pain
unsupported | pain
support for
supports | exact
limited | neg
add the ability | pain
ability to
bulk edit
batch
dark mode
offline mode
widget
shortcut
customization | exact
extra features
built-in
backlit keyboard
backlit
bluetooth
webcam
camera
hdmi
usb port
ports
dvd drive
cd drive
optical drive
fingerprint reader
card reader
touch id
face id
would love it if | pain

[fr]
# fonctionnalités manquantes et demandes
fonctionnalité
fonction
option
aucune option | pain
pas d'option | pain
pas possible de | pain
impossible de | pain
manque | pain
il manque | pain
absence de | pain
ajouter | pain
svp ajoutez | pain
merci d'ajouter | pain
pourriez-vous ajouter | pain
ce serait bien | pain
ce serait top | pain
ça serait bien | pain
serait bien de | pain
serait top | pain
il faudrait | pain
faudrait | pain
j'aimerais | pain exact
aimerais | pain exact
on aimerait | pain
nous aimerions | pain
ne propose pas | pain
ne permet pas | pain
permettre de | context
mode sombre
mode hors ligne
mise à jour
nouveauté
nouvelle fonction
nouvelle fonctionnalité
widget
raccourci
personnalisation
limité | neg
