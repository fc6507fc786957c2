# ease of use, learning curve, confusing UI, hard to find things, complicated search
theme = product.usability
label.en = Ease of use
label.fr = Facilité d'utilisation
label.ar = سهولة الاستخدام
label.fa = سهولت استفاده

[en]
# ease of use, learning curve, UI, findability
easy | pos
easier | pos
easiest | pos
ease of use | pos
easy to use | pos
easy to navigate | pos
easy to learn | pos
easy to set up | pos
simple to use | pos
user friendly | pos
userfriendly | pos
not user friendly | neg
# "is not" / "was not" are read as one negator token that would otherwise negate this term
is not user friendly | neg
was not user friendly | neg
are not user friendly | neg
were not user friendly | neg
usability
unusable | neg
intuitive | pos
unintuitive | neg
not intuitive | neg
# "is not" / "was not" are read as one negator token that would otherwise negate this term
is not intuitive | neg
was not intuitive | neg
are not intuitive | neg
were not intuitive | neg
counterintuitive | neg
counter-intuitive | neg
confusing | neg
complicated | neg
overcomplicated | neg
convoluted | neg
complex | neg
difficult | neg
difficult to use | neg
hard to use | neg
hard to navigate | neg
# finding a spare part, a bag, a phone number or a model in a shop is not findability in the product:
# these count beside a usability term or a UI anchor (menu, settings, option, button, icon)
hard to find | neg context
hard to figure out | neg
difficult to navigate | neg
can not find | neg context
could not find | neg context
impossible to find | neg context
hidden | exact
buried | neg
too many clicks | neg
too many steps | neg
clunky | neg
cumbersome | neg
awkward | neg
frustrating to use | neg
pain to use | neg
a pain | neg
learning curve
steep learning curve | neg
learn
get used to
got used to
takes some getting used to
figure out
navigate
layout
interface
user interface
ui | exact
ux | exact
menus
straightforward | pos
simplicity | pos
streamlined | pos
convenient | pos
inconvenient | neg
handy | pos
accessibility | exact
font size
too small to read | neg
hard to read | neg
touchscreen
touch screen
touchpad
trackpad
track pad
keyboard layout
typing | exact
type on
gestures
multi-touch
right click
clicking | exact
scroll
search function
customize | exact
customizable | exact
used to it
with ease | pos
ease | pos
esay | pos exact
a snap | pos
anyone can use | pos
painless | pos
sensitive
oversensitive | neg
too sensitive | neg
ergonomic
comfortable to use | pos
comfortable to type | pos
uncomfortable | neg
easy to type | pos
hard to type | neg
novice
beginner
first time user
simple and easy | pos
easy and simple | pos
horrible to use | neg
awful to use | neg
terrible to use | neg
nice to use | pos
a joy to use | pos
fun to use | pos
user experience
hard to push | neg
hard to press | neg
hard to see | neg
# setting up and installing software
easy setup | pos
ease of set up | pos
hard to set up | neg
difficult to set up | neg
easy to install | pos
unable to install | neg
can not install | neg
could not install | neg
can not even install | neg
could not even install | neg
uninstall
# portability is another aspect: "easy to carry" is not ease of use
easy to carry | ignore
easier to carry | ignore
easy to travel with | ignore
easy to transport | ignore
easy to take | ignore
easier to take | ignore
easy to tote | ignore
confusion | neg
navigation
usable | pos
# laptops and devices: keyboard, trackpad, ports (general vocabulary)
comfortable keyboard | pos
keyboard is comfortable | pos
cramped keyboard | neg
keys are too small | neg
small keys | neg
jumpy cursor | neg
cursor jumps | neg
palm rejection
two finger scroll
key travel
keyboard shortcuts
function keys
hard to reach | neg
plug and play | pos
# a comparison with another machine, and learning as an idiom, say nothing about this one's ease of use
easier than | ignore
easier to use than | ignore
lesson learned | ignore
learned my lesson | ignore
learn more about | ignore
# UI nouns that let a context term count (no mention of their own)
menu | anchor
setting | anchor
settings | anchor
option | anchor
options | anchor
button | anchor
buttons | anchor
icon | anchor
icons | anchor
toolbar | anchor
control panel | anchor

[fr]
# facilité d'utilisation, prise en main, interface
facile | pos
facile à utiliser | pos
facile d'utilisation | pos
simple d'utilisation | pos
simple à utiliser | pos
prise en main
prise en main facile | pos
intuitif | pos
pas intuitif | neg
peu intuitif | neg
contre-intuitif | neg
compliqué | neg
trop compliqué | neg
complexe | neg
difficile à utiliser | neg
difficile | neg
galère | neg
casse-tête | neg
usine à gaz | neg
mal foutu | neg
mal fichu | neg
pas clair | neg
confus | neg
on s'y perd | neg
s'y retrouver | neg
on ne trouve rien | neg
impossible de trouver | neg
introuvable | neg
trop de clics | neg
trop d'étapes | neg
ergonomie
interface
interface utilisateur
navigation
naviguer
menu déroulant
menus de l'application
paramètres
réglages
clavier
pavé tactile
écran tactile
lisible | pos
illisible | neg
lisibilité
pratique | pos
pas pratique | neg
peu pratique | neg
commode | pos
convivial d'utilisation | pos
s'habituer
temps d'adaptation
apprentissage
facilité d'utilisation | pos
facilité d'emploi | pos
facilement | pos
# ordinateurs et appareils : clavier, pavé tactile (vocabulaire général)
clavier agréable | pos
clavier confortable | pos
frappe agréable | pos
touches trop petites | neg
touchpad
trackpad
le curseur saute | neg
curseur qui saute | neg
raccourcis clavier
