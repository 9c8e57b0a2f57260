package org.echeance.examples.story;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.echeance.core.customer.Customer;
import org.echeance.core.customer.CustomerCategory;
import org.echeance.core.identifier.Siret;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.party.Contact;
import org.echeance.core.party.ElectronicAddress;
import org.echeance.core.party.Party;
import org.echeance.core.party.PartyIdentifier;
import org.echeance.core.party.PostalAddress;
import org.echeance.core.recurrence.RecurrenceRule;
import org.echeance.core.terms.PaymentTerms;
import org.echeance.examples.DemoCompany;
import org.echeance.scheduling.subscription.BillingTiming;
import org.echeance.scheduling.subscription.Subscription;
import org.javamoney.moneta.Money;

/**
 * Draws the customers of the story from the seed, one at a time: who they are, how they pay, their subscription
 * and their one-off projects. Customer {@code i} depends only on the seed and {@code i}, never on how many customers
 * the run has. The first six play the story's special cases.
 */
final class Cast {
    /** The seller's id, which scopes accounts, counters, billing runs and reminders. */
    static final String SELLER_ID = "atelier-durand";

    /** Months are billed on their last day: the anchor rule of the subscriptions. */
    static final String MONTH_END_RULE = "FREQ=MONTHLY;BYMONTHDAY=-1";

    static final String BOUNCE_ROLE = "bounced direct debit";
    static final String INTEREST_ROLE = "very late: interest and indemnity";
    static final String CREDIT_NOTE_ROLE = "credit note";

    private static final List<String> CATEGORIES =
            List.of("artisan", "commerce", "restaurant", "association", "pme", "profession-liberale");
    private static final List<List<String>> TRADES = List.of(
            List.of("Boulangerie", "Menuiserie", "Plomberie", "Atelier de céramique", "Ébénisterie", "Serrurerie"),
            List.of("Librairie", "Fromagerie", "Fleuriste", "Épicerie fine", "Cave", "Boutique"),
            List.of("Bistrot", "Brasserie", "Crêperie", "Restaurant", "Café", "Pizzeria"),
            List.of(
                    "Association sportive",
                    "Club de randonnée",
                    "Compagnie de théâtre",
                    "Amicale",
                    "Chorale",
                    "Ludothèque"),
            List.of("Transports", "Imprimerie", "Bureau d'études", "Logistique", "Électricité", "Agence immobilière"),
            List.of(
                    "Cabinet d'avocats",
                    "Cabinet dentaire",
                    "Étude notariale",
                    "Cabinet d'architecte",
                    "Cabinet comptable",
                    "Kinésithérapie"));
    /** Per category: percent on time, late, partial (the rest very late). */
    private static final int[][] HABITS = {
        {40, 30, 15}, {45, 25, 20}, {30, 30, 15}, {50, 20, 25}, {60, 25, 10}, {65, 20, 5}
    };

    private static final List<List<PaymentChannel>> CHANNELS = List.of(
            List.of(PaymentChannel.BANK_TRANSFER, PaymentChannel.CHEQUE, PaymentChannel.CHEQUE, PaymentChannel.CARD),
            List.of(
                    PaymentChannel.CARD,
                    PaymentChannel.CARD,
                    PaymentChannel.PAYMENT_LINK,
                    PaymentChannel.BANK_TRANSFER),
            List.of(PaymentChannel.CHEQUE, PaymentChannel.CARD, PaymentChannel.CASH, PaymentChannel.CHEQUE),
            List.of(PaymentChannel.BANK_TRANSFER, PaymentChannel.CHEQUE, PaymentChannel.BANK_TRANSFER),
            List.of(PaymentChannel.DIRECT_DEBIT, PaymentChannel.BANK_TRANSFER),
            List.of(PaymentChannel.BANK_TRANSFER, PaymentChannel.PAYMENT_LINK));
    private static final int[] SUBSCRIBERS_PERCENT = {50, 60, 50, 40, 80, 70};
    private static final List<String> SURNAMES = List.of(
            "Martin",
            "Bernard",
            "Thomas",
            "Petit",
            "Robert",
            "Richard",
            "Durand",
            "Dubois",
            "Moreau",
            "Laurent",
            "Simon",
            "Michel",
            "Lefebvre",
            "Leroy",
            "Roux",
            "David",
            "Bertrand",
            "Morel",
            "Fournier",
            "Girard",
            "Bonnet",
            "Dupont",
            "Lambert",
            "Fontaine",
            "Rousseau",
            "Vincent",
            "Muller",
            "Faure",
            "André",
            "Mercier",
            "Blanc",
            "Guérin",
            "Boyer",
            "Garnier",
            "Chevalier",
            "Perrin");
    private static final List<String> FIRST_NAMES = List.of(
            "Julien", "Camille", "Nicolas", "Léa", "Thomas", "Manon", "Antoine", "Chloé", "Hugo", "Inès", "Lucas",
            "Sarah", "Mathieu", "Claire", "Romain", "Emma");
    private static final List<String> STREETS = List.of(
            "rue de la République",
            "avenue Jean Jaurès",
            "rue Mercière",
            "cours Lafayette",
            "rue Garibaldi",
            "place Bellecour",
            "quai Saint-Antoine",
            "rue Victor Hugo",
            "boulevard des Belges",
            "rue Paul Bert");
    private static final List<List<String>> TOWNS = List.of(
            List.of("69002", "Lyon"),
            List.of("69003", "Lyon"),
            List.of("69006", "Lyon"),
            List.of("69007", "Lyon"),
            List.of("69100", "Villeurbanne"),
            List.of("69200", "Vénissieux"),
            List.of("69300", "Caluire-et-Cuire"),
            List.of("69500", "Bron"),
            List.of("69130", "Écully"),
            List.of("69600", "Oullins"),
            List.of("69800", "Saint-Priest"),
            List.of("69150", "Décines-Charpieu"));
    private static final List<String> LEGAL_FORMS = List.of("SARL", "SAS", "EURL", "SA");
    private static final List<Offer> OFFERS = List.of(
            new Offer("WEB-VITRINE", "Création de site vitrine", UnitCode.ONE, 1800, 4800, 1, "20"),
            new Offer("WEB-SHOP", "Boutique en ligne", UnitCode.ONE, 4500, 9000, 1, "20"),
            new Offer("REFONTE", "Refonte graphique", UnitCode.ONE, 900, 2500, 1, "20"),
            new Offer("FORM-J", "Formation à la gestion du site", UnitCode.DAY, 650, 650, 3, "20"),
            new Offer("SEO", "Audit de référencement", UnitCode.ONE, 450, 1200, 1, "20"),
            new Offer("PHOTO-H", "Reportage photo", UnitCode.HOUR, 85, 85, 8, "20"),
            new Offer("LIV-042", "Livre « Vendre en ligne »", UnitCode.PIECE, 32.5, 32.5, 5, "5.5"));
    private static final List<Plan> SUBSCRIPTIONS = List.of(
            new Plan("HEB-S", "Hébergement", 29),
            new Plan("HEB-M", "Hébergement et maintenance", 49),
            new Plan("HEB-P", "Hébergement, maintenance et sauvegardes", 89));

    private Cast() {}

    /** How a project's invoice is paid. */
    enum PlanKind {
        /** At once, on the due date. */
        NONE,
        /** A 30 % deposit on the issue date, the balance 45 days later. */
        DEPOSIT_AND_BALANCE,
        /** Three equal monthly parts from 30 days after the issue date. */
        EQUAL_PARTS
    }

    /** A one-off project invoiced on a day. */
    record Project(LocalDate issueDate, String orderReference, List<InvoiceLine> lines, PlanKind plan) {}

    /** A customer with what it buys. */
    record Casting(StoryCustomer who, Optional<Subscription> subscription, List<Project> projects) {}

    private record Offer(
            String itemId, String name, UnitCode unit, double minPrice, double maxPrice, int maxQuantity, String vat) {}

    private record Plan(String itemId, String name, int monthlyPrice) {}

    /**
     * Draws customer {@code index} (from 0) of a story.
     *
     * @param config the story's settings
     * @param index the customer's index
     * @return the customer and what it buys
     */
    static Casting member(StoryConfig config, int index) {
        Random random = new Random(config.seed() * 1_000_003L + index);
        int category = index < 6 ? new int[] {4, 2, 0, 1, 5, 1}[index] : random.nextInt(CATEGORIES.size());
        String number = String.format(Locale.ROOT, "C-%05d", index + 1);
        PaymentHabit habit = habit(category, random);
        PaymentChannel channel = pick(random, CHANNELS.get(category));
        String role = "";
        switch (index) {
            case 0:
                channel = PaymentChannel.DIRECT_DEBIT;
                role = BOUNCE_ROLE;
                break;
            case 1:
                channel = PaymentChannel.CHEQUE;
                habit = PaymentHabit.VERY_LATE;
                role = INTEREST_ROLE;
                break;
            case 2:
                channel = PaymentChannel.BANK_TRANSFER;
                habit = PaymentHabit.LATE;
                role = CREDIT_NOTE_ROLE;
                break;
            case 3:
                channel = PaymentChannel.CARD;
                habit = PaymentHabit.PARTIAL;
                break;
            case 4:
                channel = PaymentChannel.PAYMENT_LINK;
                habit = PaymentHabit.LATE;
                break;
            case 5:
                channel = PaymentChannel.CASH;
                habit = PaymentHabit.ON_TIME;
                break;
            default:
                break;
        }
        if (channel == PaymentChannel.DIRECT_DEBIT) {
            habit = PaymentHabit.ON_TIME; // a debit is collected on the due date
        }
        Customer customer = customer(number, category, channel, random, index);
        StoryCustomer who = new StoryCustomer(customer, habit, channel, role);
        boolean subscribes = index == 0 || (index > 5 && random.nextInt(100) < SUBSCRIBERS_PERCENT[category]);
        Optional<Subscription> subscription =
                subscribes ? Optional.of(subscription(config, customer, random, index)) : Optional.empty();
        return new Casting(who, subscription, projects(config, random, index, category));
    }

    private static PaymentHabit habit(int category, Random random) {
        int draw = random.nextInt(100);
        int[] odds = HABITS[category];
        if (draw < odds[0]) {
            return PaymentHabit.ON_TIME;
        }
        if (draw < odds[0] + odds[1]) {
            return PaymentHabit.LATE;
        }
        return draw < odds[0] + odds[1] + odds[2] ? PaymentHabit.PARTIAL : PaymentHabit.VERY_LATE;
    }

    private static Customer customer(String number, int category, PaymentChannel channel, Random random, int index) {
        String surname = pick(random, SURNAMES);
        String trade = pick(random, TRADES.get(category));
        boolean association = CATEGORIES.get(category).equals("association");
        String name = association ? trade + " " + surname : trade + " " + surname + " " + pick(random, LEGAL_FORMS);
        String siren = withLuhnDigit(String.format(Locale.ROOT, "4%07d", (index * 7919L + 12345L) % 10_000_000L));
        Siret siret = Siret.parse(withLuhnDigit(siren + "0001"));
        List<String> town = pick(random, TOWNS);
        String person = pick(random, FIRST_NAMES) + " " + surname;
        Party.Builder party = Party.builder(name)
                .legalRegistration(PartyIdentifier.of(siret))
                .address(PostalAddress.of(
                        (1 + random.nextInt(120)) + " " + pick(random, STREETS), town.get(0), town.get(1), "FR"))
                .contact(Contact.of(
                        person,
                        "compta@" + slug(trade + "-" + surname) + "-" + (index + 1) + ".example",
                        String.format(
                                Locale.ROOT,
                                "04 7%d %02d %02d %02d",
                                random.nextInt(10),
                                random.nextInt(100),
                                random.nextInt(100),
                                random.nextInt(100))))
                .electronicAddress(ElectronicAddress.of("0225", siren));
        if (!association) {
            long key = (12 + 3 * (Long.parseLong(siren) % 97)) % 97;
            party.vatNumber(String.format(Locale.ROOT, "FR%02d%s", key, siren));
        }
        return Customer.builder(number, party.build())
                .category(CustomerCategory.of(CATEGORIES.get(category)))
                .paymentTerms(association ? PaymentTerms.net(45) : PaymentTerms.net(30))
                .defaultPaymentMeans(channel.meansCode())
                .build();
    }

    private static Subscription subscription(StoryConfig config, Customer customer, Random random, int index) {
        Plan plan = index == 0 ? SUBSCRIPTIONS.get(1) : pick(random, SUBSCRIPTIONS);
        YearMonth first = YearMonth.from(config.start()).plusMonths(index == 0 ? 0 : random.nextInt(3));
        Subscription.Builder builder = Subscription.builder(SELLER_ID, "SUB-" + customer.customerNumber())
                .seller(DemoCompany.seller())
                .customer(customer)
                .line(InvoiceLine.builder("1", plan.name())
                        .sellerItemId(plan.itemId())
                        .quantity("1", UnitCode.MONTH)
                        .unitPrice(Money.of(plan.monthlyPrice(), DemoCompany.EUR))
                        .vatRate(VatRate.standard("20"))
                        .build())
                .rule(RecurrenceRule.parse(MONTH_END_RULE))
                .timing(BillingTiming.IN_ADVANCE)
                .start(first.atEndOfMonth());
        if (index > 5 && random.nextInt(100) < 15) {
            // some customers leave: the subscription ends on a month end, after its last full period
            builder.endExclusive(first.plusMonths(4 + random.nextInt(6)).atEndOfMonth());
        }
        return builder.build();
    }

    private static List<Project> projects(StoryConfig config, Random random, int index, int category) {
        List<Project> projects = new ArrayList<>();
        LocalDate start = config.start();
        if (index == 1) {
            projects.add(project(random, index, 0, start.plusDays(13), PlanKind.NONE, List.of(0, 3)));
        } else if (index == 2) {
            projects.add(project(
                    random, index, 0, start.plusMonths(2).plusDays(11), PlanKind.DEPOSIT_AND_BALANCE, List.of(1, 3)));
        }
        int count = (CATEGORIES.get(category).equals("pme") ? 2 : 1) + random.nextInt(3);
        long span = ChronoUnit.DAYS.between(start, config.end()) - 25;
        for (int i = 0; i < count && span > 5; i++) {
            LocalDate day = start.plusDays(5 + random.nextInt((int) span - 5));
            while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.plusDays(1);
            }
            projects.add(project(random, index, projects.size(), day, null, null));
        }
        projects.sort(Comparator.comparing(Project::issueDate));
        return List.copyOf(projects);
    }

    private static Project project(
            Random random, int index, int sequence, LocalDate day, PlanKind forcedPlan, List<Integer> forcedOffers) {
        List<Integer> chosen = new ArrayList<>();
        if (forcedOffers != null) {
            chosen.addAll(forcedOffers);
        } else {
            int lines = 1 + random.nextInt(3);
            while (chosen.size() < lines) {
                int offer = random.nextInt(OFFERS.size());
                if (!chosen.contains(offer)) {
                    chosen.add(offer);
                }
            }
        }
        List<InvoiceLine> lines = new ArrayList<>();
        BigDecimal net = BigDecimal.ZERO;
        for (int offerIndex : chosen) {
            Offer offer = OFFERS.get(offerIndex);
            BigDecimal price = offer.minPrice() == offer.maxPrice()
                    ? BigDecimal.valueOf(offer.minPrice())
                    : BigDecimal.valueOf(50L
                            * (long) ((offer.minPrice() + random.nextDouble() * (offer.maxPrice() - offer.minPrice()))
                                    / 50));
            int quantity = 1 + random.nextInt(offer.maxQuantity());
            lines.add(InvoiceLine.builder(Integer.toString(lines.size() + 1), offer.name())
                    .sellerItemId(offer.itemId())
                    .quantity(Integer.toString(quantity), offer.unit())
                    .unitPrice(Money.of(price, DemoCompany.EUR))
                    .vatRate(VatRate.standard(offer.vat()))
                    .build());
            net = net.add(price.multiply(BigDecimal.valueOf(quantity)));
        }
        PlanKind plan = forcedPlan;
        if (plan == null) {
            boolean large = net.compareTo(BigDecimal.valueOf(3000)) >= 0;
            plan = !large ? PlanKind.NONE : random.nextBoolean() ? PlanKind.DEPOSIT_AND_BALANCE : PlanKind.EQUAL_PARTS;
        }
        String order = String.format(Locale.ROOT, "BC-%05d-%d", index + 1, sequence + 1);
        return new Project(day, order, List.copyOf(lines), plan);
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** Appends the digit that makes a number pass the Luhn check (SIREN, SIRET). */
    static String withLuhnDigit(String payload) {
        for (int digit = 0; digit <= 9; digit++) {
            String candidate = payload + digit;
            if (luhnValid(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no Luhn digit for " + payload);
    }

    private static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
