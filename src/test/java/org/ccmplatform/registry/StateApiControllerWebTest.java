package org.ccmplatform.registry;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The API's JSON shape and its problem answers, with the register standing in. */
@WebMvcTest(StateApiController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import(StateFilterParser.class)
class StateApiControllerWebTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    StateRegister register;

    @Test
    void aStateIsAnsweredWithItsNameInTheLanguageAskedFor() throws Exception {
        State lebanon = new State("LBN", "LB", UnMembership.MEMBER, UnRegion.ASIA, null);
        Treaty ccm = TreatyFixture.ccm();
        Participation deposit = new Participation(lebanon, ccm);
        deposit.record(new ParticipationRecord(null, LocalDate.of(2010, 11, 5), DepositType.RATIFICATION, null,
                "UN Treaty Collection"), TODAY);
        given(register.find("LBN")).willReturn(Optional.of(lebanon));
        given(register.profile("LBN")).willReturn(new StateProfile(lebanon,
                List.of(new StateProfile.TreatyStanding(ccm, deposit, TODAY)), TODAY));

        mvc.perform(get("/api/v1/states/LBN").header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Líbano"))
                .andExpect(jsonPath("$.participations[0].status").value("STATE_PARTY"))
                .andExpect(jsonPath("$.participations[0].entryIntoForce").value("2011-05-01"));
    }

    @Test
    void aMalformedCodeIsA400Problem() throws Exception {
        mvc.perform(get("/api/v1/states/12"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("“12” is not an ISO 3166-1 alpha-3 code (three letters)."));
    }

    @Test
    void aPageLargerThanAllowedIsA400Problem() throws Exception {
        given(register.treaty(any())).willReturn(Optional.empty());
        mvc.perform(get("/api/v1/states").param("size", "5000"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Invalid input"));
    }
}
