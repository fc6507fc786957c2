# integrations, sync between web/desktop/mobile, import/export
theme = product.integration
label.en = Integrations and sync
label.fr = Intégrations et synchronisation
label.ar = التكامل والمزامنة
label.fa = یکپارچگی و همگام‌سازی

[en]
# integrations, sync, import/export, compatibility
integration
integrated with
sync
synchronization
synchronisation
sync issues | pain
out of sync | pain
not syncing | pain
import | exact
export
api
webhook
plugin
plug-in
add-on
extension
zapier
slack integration
google calendar
outlook
connect to
compatible
incompatible | neg
not compatible | neg
# "is not" / "was not" are read as one negator token that would otherwise negate this term
is not compatible | neg
was not compatible | neg
are not compatible | neg
were not compatible | neg
works with
across devices
between devices
cross-platform
desktop app
mobile app
web app
web version
third party
pair with
pairing
airdrop
icloud
dropbox
google drive

[fr]
# intégrations, synchronisation, import/export, compatibilité
intégration
intégré à
synchronisation
synchro
sync
pas synchronisé | pain
désynchronisé | pain
import | exact
export
api
plugin
plug-in
extension
connecteur
se connecter à
connexion avec
lien avec
compatible
compatibilité
incompatible | neg
pas compatible | neg
entre appareils
multi-appareils
application mobile
appli mobile
version web
version bureau
logiciel tiers
appairage
jumelage
google agenda
