package org.residentindex.link;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.residentindex.LinkResult;
import org.residentindex.gazetteer.AddressMatch;
import org.residentindex.gazetteer.AddressMatcher;
import org.residentindex.gazetteer.AddressQuery;
import org.residentindex.gazetteer.DefaultParsers;
import org.residentindex.gazetteer.Gazetteer;
import org.residentindex.gazetteer.GazetteerOptions;
import org.residentindex.gazetteer.GazetteerProperty;
import org.residentindex.gazetteer.MatchStatus;
import org.residentindex.model.NormalisedRecord;
import org.residentindex.model.Postcode;

/**
 * The UPRNs linkage uses for each record. Without a gazetteer a record's own UPRN is taken as given. With one:
 * a given UPRN the gazetteer knows is trusted (and its parent looked up); every other record — none given, or a
 * given UPRN unknown to the gazetteer — has its address matched, and gets the matched UPRN when the match is
 * {@code exact} or {@code fuzzy}, or only the building's UPRN (as parent) when it is {@code parent_only}.
 * {@code ambiguous} and {@code none} leave the record without a UPRN. Thread-safe (the matcher is); counts are
 * sums, so they do not depend on thread timing.
 */
final class GazetteerUprns implements AutoCloseable {

    /** UPRNs of one record: {@code uprn} the property's, {@code parent} its building's; either may be null. */
    record Resolved(Long uprn, Long parent) {
        static final Resolved NONE = new Resolved(null, null);
    }

    private final Gazetteer gazetteer;
    private final AddressMatcher matcher;
    private final LongAdder trusted = new LongAdder();
    private final LongAdder givenUnknown = new LongAdder();
    private final Map<MatchStatus, LongAdder> byStatus = new LinkedHashMap<>();

    private GazetteerUprns(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.matcher = gazetteer == null ? null : AddressMatcher.of(gazetteer);
        for (MatchStatus s : MatchStatus.values()) {
            byStatus.put(s, new LongAdder());
        }
    }

    /** Records keep the UPRNs they carry. */
    static GazetteerUprns none() {
        return new GazetteerUprns(null);
    }

    /** Opens the gazetteer CSV (building its index beside it when needed); null gives {@link #none()}. */
    static GazetteerUprns open(Path csv) {
        return csv == null ? none() : new GazetteerUprns(Gazetteer.open(csv, GazetteerOptions.defaults()));
    }

    /** True for a UPRN the gazetteer holds; null without a gazetteer (for recognising UPRN columns). */
    java.util.function.LongPredicate knownUprns() {
        return gazetteer == null ? null : u -> gazetteer.byUprn(u) != null;
    }

    /** True when a gazetteer is loaded. */
    boolean active() {
        return gazetteer != null;
    }

    /** The UPRNs linkage uses for {@code r}. */
    Resolved resolve(NormalisedRecord r) {
        if (gazetteer == null) {
            return r.uprn() == null ? Resolved.NONE : new Resolved(r.uprn(), null);
        }
        if (r.uprn() != null) {
            GazetteerProperty known = gazetteer.byUprn(r.uprn());
            if (known != null) {
                trusted.increment();
                return new Resolved(known.uprn(), known.hasParent() ? known.parentUprn() : null);
            }
            givenUnknown.increment();
        }
        AddressMatch m;
        try {
            m = matcher.match(query(r));
        } catch (org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
            // a runaway address (thousands of words) is no address to match; the record stays, unmatched
            byStatus.get(MatchStatus.NONE).increment();
            return Resolved.NONE;
        }
        byStatus.get(m.status()).increment();
        if (m.status().isMatch()) {
            GazetteerProperty p = gazetteer.byUprn(m.uprn());
            return new Resolved(m.uprn(), p != null && p.hasParent() ? p.parentUprn() : null);
        }
        return m.status() == MatchStatus.PARENT_ONLY && m.uprn() != 0 ? new Resolved(null, m.uprn()) : Resolved.NONE;
    }

    /** The parsed address as a query, with the record's own postcode column when the address lines had none. */
    private static AddressQuery query(NormalisedRecord r) {
        AddressQuery q = DefaultParsers.toQuery(r.address());
        Postcode pc = r.postcode();
        if (q.postcode() != null || pc == null) {
            return q;
        }
        return new AddressQuery(q.flat(), q.houseNumber(), q.houseSuffix(), q.houseName(), q.street(), q.locality(),
                q.town(), pc.valid() ? pc.unit() : pc.normalised());
    }

    /** What the gazetteer did so far. */
    LinkResult.GazetteerCounts counts() {
        Map<String, Long> matched = new LinkedHashMap<>();
        byStatus.forEach((s, n) -> matched.put(s.key(), n.sum()));
        return new LinkResult.GazetteerCounts(active(), trusted.sum(), givenUnknown.sum(), matched);
    }

    @Override
    public void close() {
        if (gazetteer != null) {
            gazetteer.close();
        }
    }
}
