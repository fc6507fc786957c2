# invoices, charges, refunds, payment methods, double charges, receipts
theme = billing
label.en = Billing, charges and refunds
label.fr = Facturation, prélèvements et remboursements
label.ar = الفواتير والمدفوعات والاسترداد
label.fa = صورتحساب، پرداخت و بازپرداخت

[en]
# invoices, charges, refunds, payment methods
bill
billed
billing
billing error | pain
billed twice | pain
invoice
invoices
invoiced
invoicing
charged
charged me
charged us
charged twice | pain
double charged | pain
double-charged | pain
double charge | pain
charged for | neg
extra charge | neg
unexpected charge | neg
unauthorized charge | pain
unauthorised charge | pain
a charge on my
charge on my card
charges on my card
overcharged | neg
overcharge | neg
refund
refunds
refunded
refunding
no refund | neg
full refund
partial refund
money back
get my money back
reimburse
reimbursed
reimbursement
chargeback
dispute
disputed the charge
receipt
receipts
payment
payments
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
auto-renew
auto renewal
automatic renewal
renewal
transaction
transactions
statement
bank statement
tax
sales tax
vat

[fr]
# factures, prélèvements, remboursements, moyens de paiement
facture
factures
facturé
facturée
facturés
facturation
erreur de facturation | pain
double facturation | pain
facturé deux fois | pain
prélèvement
prélèvements
prélevé
prélevé deux fois | pain
prélever
débit
débité
débité deux fois | pain
débiter
remboursement
remboursements
rembourser
remboursé
remboursée
pas remboursé | neg
jamais remboursé | pain
toujours pas remboursé | pain
avoir remboursé
trop perçu
paiement
paiements
moyen de paiement
moyens de paiement
payer par carte
carte bancaire
carte bleue
cb | exact
espèces
chèque
chèques
ticket restaurant
tickets restaurant
ticket de caisse
paypal
virement
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
