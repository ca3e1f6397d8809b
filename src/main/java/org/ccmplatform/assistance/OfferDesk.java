package org.ccmplatform.assistance;

import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.NotFoundException;
import org.ccmplatform.shared.StaleEditException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Donors' offers and priorities: public, each kept by its donor (and the ISU). */
@Service
@Transactional(readOnly = true)
public class OfferDesk {

    private final DonorOffers offers;
    private final Donors donors;

    OfferDesk(DonorOffers offers, Donors donors) {
        this.offers = offers;
        this.donors = donors;
    }

    public Page<DonorOffer> list(Pageable pageable) {
        return offers.list(pageable);
    }

    public DonorOffer get(long id) {
        return offers.findById(id).orElseThrow(() -> new NotFoundException("Offer", id));
    }

    @Transactional
    public DonorOffer post(String donorIso3, Long donorOrganisationId, OfferDetails details, CurrentUser user) {
        Donor donor = donors.actingAs(user, donorIso3, donorOrganisationId);
        return postOnBehalf(donor, details);
    }

    @Transactional
    public DonorOffer postOnBehalf(Donor donor, OfferDetails details) {
        details.states().forEach(iso3 -> donors.state(iso3, "states"));
        return offers.save(new DonorOffer(donor, details));
    }

    @Transactional
    public DonorOffer edit(long id, long version, OfferDetails details, CurrentUser user) {
        DonorOffer offer = get(id);
        if (!keeps(offer, user)) {
            throw new AccessDeniedException("Only the donor and the ISU keep an offer");
        }
        StaleEditException.check(version, offer.version());
        details.states().forEach(iso3 -> donors.state(iso3, "states"));
        offer.describe(details);
        return offer;
    }

    public static boolean keeps(DonorOffer offer, CurrentUser user) {
        return user != null && (user.isIsuAdmin() || offer.donor().isActedForBy(user));
    }
}
