# setup, getting started, first success, activation
theme = onboarding
label.en = Setup and getting started
label.fr = Installation et prise en main
label.ar = الإعداد والبدء
label.fa = راه‌اندازی و شروع کار

[en]
# setup, getting started, activation
setup
set up
initial setup
easy setup | pos
easy to setup | pos
installation
reinstall
out of the box | pos
straight out of the box | pos
right out of the box | pos
getting started
got started
first time setup
first use
onboarding
activation
registration
sign up
signup
welcome email
walkthrough
walk through
guided tour
configuration
get it running
up and running | pos
plug and play | pos
ready to use | pos
took hours to set up | neg
hard to set up | neg
difficult to set up | neg
transfer my data
migration

[fr]
# installation, premiers pas, activation
installation
réinstaller
mise en route
mise en service
mise en place
premiers pas
premier lancement
première utilisation
prêt à l'emploi | pos
clé en main | pos
prise en main rapide | pos
démarrage facile | pos
configuration
paramétrage
paramétrer
inscription
s'inscrire
inscrit
créer un compte
création de compte
activation
tutoriel de démarrage
guide de démarrage
migration
migrer
transfert des données
installer
