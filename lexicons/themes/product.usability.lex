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
easily | pos
ease of use | pos
easy to use | pos
easy to navigate | pos
easy to learn | pos
easy to set up | pos
simple to use | pos
user friendly | pos
user-friendly | pos
userfriendly | pos
not user friendly | neg
usability
usable | pos
unusable | neg
intuitive | pos
intuitively | pos
unintuitive | neg
not intuitive | neg
counterintuitive | neg
counter-intuitive | neg
confusing | neg
confused | neg
confusion | neg
complicated | neg
overcomplicated | neg
convoluted | neg
complex | neg
difficult | neg
difficult to use | neg
hard to use | neg
hard to navigate | neg
hard to find | neg
hard to figure out | neg
difficult to navigate | neg
can not find | neg
could not find | neg
impossible to find | neg
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
learning
get used to
getting used to
got used to
takes some getting used to
figure out
figured out
navigate
navigation
navigating
layout
interface
user interface
ui | exact
ux | exact
menus
settings
setting
straightforward | pos
simple | pos
simplicity | pos
streamlined | pos
convenient | pos
convenience | pos
inconvenient | neg
handy | pos
accessible | pos
accessibility
font size
too small to read | neg
hard to read | neg
touchscreen
touch screen
touchpad
touch pad
trackpad
track pad
mousepad
mouse pad
keyboard
keyboard layout
typing
type on
gestures
gesture
multi-touch
right click
right-click
clicking
scroll
scrolling
search function
customize
customizable

[fr]
# facilité d'utilisation, prise en main, interface
facile | pos
faciles | pos
facilement | pos
facilité | pos
facile à utiliser | pos
facile d'utilisation | pos
simple d'utilisation | pos
simple à utiliser | pos
facilité d'utilisation | pos
prise en main
prise en main facile | pos
intuitif | pos
intuitive | pos
pas intuitif | neg
peu intuitif | neg
contre-intuitif | neg
compliqué | neg
compliquée | neg
compliqués | neg
trop compliqué | neg
complexe | neg
complexité | neg
difficile à utiliser | neg
difficile | neg
galère | neg
galérer | neg
galéré | neg
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
ergonomique | pos
ergonomiques | pos
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
