# invoices, charges, refunds, payment methods, double charges, receipts
theme = billing
label.en = Billing, charges and refunds
label.fr = Facturation, prélèvements et remboursements
label.ar = الفواتير والمدفوعات والاسترداد
label.fa = صورتحساب، پرداخت و بازپرداخت

[en]
# invoices, charges, refunds, payment methods
bill
billing error | pain
billed twice | pain
invoice
charged
charged me
charged us
charged twice | pain
double charged | pain
charged for | neg
extra charge | neg
unexpected charge | neg
unauthorized charge | pain
unauthorised charge | pain
a charge on my
charge on my card
overcharged | neg
refund
no refund | neg
full refund
partial refund
money back
get my money back
reimburse
chargeback
dispute
disputed the charge
receipt
payment
payment method
paid twice | pain
pay with
pay by card
credit card
debit card
card declined | pain
declined | exact
paypal
apple pay
google pay
cash only
only cash
take cards
accept cards
split the bill
split the check
separate checks
auto renew
automatic renewal
renewal
transaction
statement
bank statement
tax
sales tax
vat
tip
tips | exact
gratuity
the check
paid
pay
reimbursement

[fr]
# factures, prélèvements, remboursements, moyens de paiement
facture
erreur de facturation | pain
double facturation | pain
facturé deux fois | pain
prélèvement
prélevé deux fois | pain
débit
débité
débité deux fois | pain
remboursement
pas remboursé | neg
jamais remboursé | pain
toujours pas remboursé | pain
avoir remboursé
trop perçu
paiement | exact
paiements | exact
moyen de paiement
payer par carte
carte bancaire
carte bleue
cb | exact
espèces
chèque
ticket restaurant
ticket de caisse
paypal
virement | exact
addition
note de restaurant
pas de carte | neg
refusent la carte | neg
carte refusée | pain
paiement refusé | pain
renouvellement automatique
reconduction
tacite reconduction
relevé bancaire
tva
