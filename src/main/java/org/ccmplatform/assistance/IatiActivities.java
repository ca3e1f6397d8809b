package org.ccmplatform.assistance;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.ccmplatform.assistance.AssistanceExports.IatiPledge;
import org.ccmplatform.assistance.AssistanceExports.Tranche;
import org.ccmplatform.registry.Organisation;
import org.ccmplatform.registry.OrganisationKind;
import org.ccmplatform.shared.Money;

/**
 * A donor's pledges as IATI activity XML, version 2.03: one {@code iati-activity} per pledge whose amount is public,
 * with the elements in the order the standard's schema sets.
 *
 * <ul>
 *   <li>The reporting organisation is the donor. A State that is a member of the OECD Development Assistance
 *       Committee is named by its DAC donor code in the {@code XM-DAC-<code>} form (Norway {@code XM-DAC-8}); a State
 *       that publishes under another identifier (a ministry's or agency's own) should replace it. Any other donor gets
 *       a platform-local reference, {@code CCMP-STATE-<ISO3>} or {@code CCMP-ORG-<id>}, registered with no agency:
 *       enough to tell activities apart, not an IATI organisation identifier.</li>
 *   <li>The activity identifier is that reference followed by {@code -CCMP-PLEDGE-<id>}, so it never changes.</li>
 *   <li>Participating organisations: the donor as funding (role 1) and the operator, when named, as implementing
 *       (role 4), each with its organisation type.</li>
 *   <li>Status: indicated and pledged are pipeline (1), committed is implementation (2), disbursed in full is
 *       finalisation (3).</li>
 *   <li>Dates: planned start on 1 January of the first year (type 1), actual start on the first tranche (type 2),
 *       planned end on 31 December of the last year (type 3).</li>
 *   <li>Recipient country by its ISO 3166-1 alpha-2 code; sector 15250, "Removal of land mines and explosive remnants
 *       of war", from the OECD DAC 5-digit purpose codes (vocabulary 1), which covers clearance, risk education,
 *       stockpile destruction for developmental purposes and victim assistance.</li>
 *   <li>A budget per calendar year of the pledge (the standard wants periods of at most a year), the amount spread
 *       evenly as the funding gaps spread it; indicative (status 1) until committed (status 2).</li>
 *   <li>Transactions: an outgoing commitment (type 2) dated the day the pledge was recorded, once it is committed;
 *       a disbursement (type 3) for each tranche, dated the day it was paid.</li>
 *   <li>Every value carries its currency and value date; the activity its default currency and language.</li>
 * </ul>
 */
final class IatiActivities {

    static final String VERSION = "2.03";
    static final String MINE_ACTION_SECTOR = "15250";

    /** OECD DAC donor codes of the Committee's member States. */
    private static final Map<String, String> DAC_DONOR_CODES = Map.ofEntries(Map.entry("AUT", "1"),
            Map.entry("BEL", "2"), Map.entry("DNK", "3"), Map.entry("FRA", "4"), Map.entry("DEU", "5"),
            Map.entry("ITA", "6"), Map.entry("NLD", "7"), Map.entry("NOR", "8"), Map.entry("PRT", "9"),
            Map.entry("SWE", "10"), Map.entry("CHE", "11"), Map.entry("GBR", "12"), Map.entry("FIN", "18"),
            Map.entry("ISL", "20"), Map.entry("IRL", "21"), Map.entry("LUX", "22"), Map.entry("GRC", "40"),
            Map.entry("ESP", "50"), Map.entry("SVN", "61"), Map.entry("CZE", "68"), Map.entry("SVK", "69"),
            Map.entry("HUN", "75"), Map.entry("POL", "76"), Map.entry("CAN", "301"), Map.entry("USA", "302"),
            Map.entry("JPN", "701"), Map.entry("KOR", "742"), Map.entry("AUS", "801"), Map.entry("NZL", "820"));

    private static final String GOVERNMENT = "10";

    private IatiActivities() {}

    /** The donor's organisation reference, as explained above. */
    static String reference(Donor donor) {
        if (donor.state() != null) {
            String code = DAC_DONOR_CODES.get(donor.state().iso3());
            return code != null ? "XM-DAC-" + code : "CCMP-STATE-" + donor.state().iso3();
        }
        return "CCMP-ORG-" + donor.organisation().id();
    }

    /** The IATI OrganisationType code: government for a State, multilateral, NGO or other for an organisation. */
    static String type(Organisation organisation) {
        OrganisationKind kind = organisation.kind();
        if (kind == null) {
            return "90";
        }
        return switch (kind) {
            case UN_AGENCY, INTERNATIONAL_ORGANISATION, REGIONAL_BODY -> "40";
            case NATIONAL_AUTHORITY -> GOVERNMENT;
            case OPERATOR, NGO -> "21";
            case OTHER -> "90";
        };
    }

    static String status(PledgeStatus status) {
        return switch (status) {
            case INDICATED, PLEDGED -> "1";
            case COMMITTED -> "2";
            case DISBURSED -> "3";
        };
    }

    static void write(OutputStream out, Donor donor, List<IatiPledge> pledges, Instant generated) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("iati-activities");
            xml.writeAttribute("version", VERSION);
            xml.writeAttribute("generated-datetime", generated.truncatedTo(ChronoUnit.SECONDS).toString());
            String ref = reference(donor);
            String donorType = donor.state() != null ? GOVERNMENT : type(donor.organisation());
            String donorName = donor.name(Locale.ENGLISH);
            for (IatiPledge pledge : pledges) {
                activity(xml, pledge, ref, donorType, donorName);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("IATI export could not be written", e);
        }
    }

    private static void activity(XMLStreamWriter xml, IatiPledge p, String ref, String donorType, String donorName)
            throws XMLStreamException {
        String currency = p.amount().currency();
        xml.writeStartElement("iati-activity");
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "en");
        xml.writeAttribute("default-currency", currency);
        xml.writeAttribute("hierarchy", "1");

        text(xml, "iati-identifier", ref + "-CCMP-PLEDGE-" + p.id());

        xml.writeStartElement("reporting-org");
        xml.writeAttribute("ref", ref);
        xml.writeAttribute("type", donorType);
        narrative(xml, donorName);
        xml.writeEndElement();

        String country = p.state().name(Locale.ENGLISH);
        xml.writeStartElement("title");
        narrative(xml, p.needTitle() != null ? p.needTitle() + " (" + country + ")"
                : "Mine action in " + country);
        xml.writeEndElement();

        xml.writeStartElement("description");
        xml.writeAttribute("type", "1");
        narrative(xml, description(p, donorName, country));
        xml.writeEndElement();

        xml.writeStartElement("participating-org");
        xml.writeAttribute("ref", ref);
        xml.writeAttribute("type", donorType);
        xml.writeAttribute("role", "1");
        narrative(xml, donorName);
        xml.writeEndElement();
        if (p.operator() != null) {
            xml.writeStartElement("participating-org");
            xml.writeAttribute("type", type(p.operator()));
            xml.writeAttribute("role", "4");
            narrative(xml, p.operator().name());
            xml.writeEndElement();
        }

        empty(xml, "activity-status", "code", status(p.status()));
        date(xml, "1", LocalDate.of(p.fromYear(), 1, 1));
        if (!p.tranches().isEmpty()) {
            date(xml, "2", p.tranches().get(0).paidOn());
        }
        date(xml, "3", LocalDate.of(p.toYear(), 12, 31));

        if (p.state().iso2() != null && !p.state().iso2().isBlank()) {
            xml.writeEmptyElement("recipient-country");
            xml.writeAttribute("code", p.state().iso2());
            xml.writeAttribute("percentage", "100");
        }
        xml.writeEmptyElement("sector");
        xml.writeAttribute("vocabulary", "1");
        xml.writeAttribute("code", MINE_ACTION_SECTOR);
        xml.writeAttribute("percentage", "100");

        for (int year = p.fromYear(); year <= p.toYear(); year++) {
            LocalDate start = LocalDate.of(year, 1, 1);
            xml.writeStartElement("budget");
            xml.writeAttribute("type", "1");
            xml.writeAttribute("status", p.status().isCommitted() ? "2" : "1");
            empty(xml, "period-start", "iso-date", start.toString());
            empty(xml, "period-end", "iso-date", LocalDate.of(year, 12, 31).toString());
            value(xml, Tally.shareIn(p.amount(), p.fromYear(), p.toYear(), year), start);
            xml.writeEndElement();
        }

        if (p.status().isCommitted()) {
            transaction(xml, "2", p.recordedOn(), p.amount(), "Commitment", p.operator());
        }
        for (Tranche tranche : p.tranches()) {
            transaction(xml, "3", tranche.paidOn(), tranche.amount(),
                    tranche.reference() == null ? "Tranche" : "Tranche " + tranche.reference(), p.operator());
        }
        xml.writeEndElement();
    }

    private static String description(IatiPledge p, String donorName, String country) {
        StringBuilder text = new StringBuilder(donorName).append("'s pledge to ");
        if (p.needTitle() != null) {
            text.append("a need of ").append(country).append(": ").append(p.needTitle());
            if (p.place() != null) {
                text.append(", ").append(p.place());
            }
        } else {
            text.append("the mine action programme of ").append(country);
        }
        return text.append(", ").append(p.fromYear()).append('-').append(p.toYear())
                .append(". Convention on Cluster Munitions, Article 6.").toString();
    }

    private static void transaction(XMLStreamWriter xml, String type, LocalDate day, Money amount, String what,
            Organisation receiver) throws XMLStreamException {
        xml.writeStartElement("transaction");
        empty(xml, "transaction-type", "code", type);
        empty(xml, "transaction-date", "iso-date", day.toString());
        value(xml, amount, day);
        xml.writeStartElement("description");
        narrative(xml, what);
        xml.writeEndElement();
        if (receiver != null) {
            xml.writeStartElement("receiver-org");
            xml.writeAttribute("type", type(receiver));
            narrative(xml, receiver.name());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void value(XMLStreamWriter xml, Money amount, LocalDate valueDate) throws XMLStreamException {
        xml.writeStartElement("value");
        xml.writeAttribute("currency", amount.currency());
        xml.writeAttribute("value-date", valueDate.toString());
        xml.writeCharacters(amount.amount().toPlainString());
        xml.writeEndElement();
    }

    private static void date(XMLStreamWriter xml, String type, LocalDate day) throws XMLStreamException {
        xml.writeEmptyElement("activity-date");
        xml.writeAttribute("type", type);
        xml.writeAttribute("iso-date", day.toString());
    }

    private static void empty(XMLStreamWriter xml, String element, String attribute, String value)
            throws XMLStreamException {
        xml.writeEmptyElement(element);
        xml.writeAttribute(attribute, value);
    }

    private static void narrative(XMLStreamWriter xml, String text) throws XMLStreamException {
        text(xml, "narrative", text);
    }

    /** Text content, without the control characters XML 1.0 cannot carry. */
    private static void text(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", ""));
        xml.writeEndElement();
    }
}
