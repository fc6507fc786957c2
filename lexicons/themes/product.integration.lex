# integrations, sync between web/desktop/mobile, import/export
theme = product.integration
label.en = Integrations and sync
label.fr = Intégrations et synchronisation
label.ar = التكامل والمزامنة
label.fa = یکپارچگی و همگام‌سازی

[en]
# integrations, sync, import/export, compatibility
integration
integrations
integrate
integrates
integrated with
sync
syncs
syncing
synced
synchronization
synchronisation
sync issues | pain
out of sync | pain
not syncing | pain
import
importing
imported
export
exporting
exported
api
webhook
webhooks
plugin
plugins
plug-in
add-on
add-ons
extension
extensions
zapier
slack integration
google calendar
outlook
connect to
connects to
connecting to
connected to
connection to
compatible
compatibility
incompatible | neg
not compatible | neg
works with
across devices
between devices
cross-platform
desktop app
mobile app
web app
web version
third party
third-party
pair with
pairing
airdrop
icloud
dropbox
google drive

[fr]
# intégrations, synchronisation, import/export, compatibilité
intégration
intégrations
intégrer
intégré à
synchronisation
synchroniser
synchronisé
synchro
sync
pas synchronisé | pain
désynchronisé | pain
import
importer
importé
export
exporter
exporté
api
plugin
plug-in
extension
connecteur
connecteurs
se connecter à
connexion avec
lien avec
compatible
compatibles
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
