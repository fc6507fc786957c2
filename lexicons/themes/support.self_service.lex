# help centre, FAQ, documentation, chatbot, tutorials, finding help content
theme = support.self_service
parent = support
label.en = Self-service and help content
label.fr = Libre-service et aide en ligne
label.ar = الخدمة الذاتية والمساعدة
label.fa = سلف‌سرویس و راهنما

[en]
# help content, documentation, bots
help center
help centre
help page
help section
help article
help docs
knowledge base
faq
documentation | exact
docs | exact
user guide
tutorial            | context
how to video
video guide
walkthrough video
chatbot
chat bot
bot | exact
virtual assistant
automated assistant
ai assistant
self service
online help
community forum
user forum
forums
support site
support page
support website
search the help
could not find an answer | neg
no documentation | neg
outdated documentation | neg
automated system
automated phone system
phone menu
press 1

[fr]
# aide en ligne, documentation, robots
centre d'aide
page d'aide
aide en ligne
rubrique d'aide
faq
foire aux questions
documentation
doc | exact
notice
notice d'utilisation
mode d'emploi
manuel | context
manuel d'utilisation
guide d'utilisation
guide
tutoriel
tuto
tutos
vidéo explicative
chatbot
chat bot
robot
assistant virtuel
réponse automatique
serveur vocal
base de connaissances
forum
espace client
selfcare
articles d'aide
introuvable dans l'aide
