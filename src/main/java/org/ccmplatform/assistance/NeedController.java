package org.ccmplatform.assistance;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import org.ccmplatform.assistance.NeedDesk.NeedFilter;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.FormErrors;
import org.ccmplatform.shared.PageActions;
import org.ccmplatform.shared.RuleViolation;
import org.ccmplatform.shared.StoredDocument;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Needs: the public list, a need with its gap, pledges and matching donors, and its keepers' forms. */
@Controller
@RequestMapping("/assistance")
class NeedController {

    static final String LIST_VIEW = "assistance/needs";
    static final String SHOW_VIEW = "assistance/need";
    static final String FORM_VIEW = "assistance/need-form";
    static final int PAGE_SIZE = 25;

    private final NeedDesk desk;
    private final PledgeDesk pledges;
    private final Matchmaker matchmaker;
    private final FundingGaps gaps;
    private final StateRegister states;

    NeedController(NeedDesk desk, PledgeDesk pledges, Matchmaker matchmaker, FundingGaps gaps,
            StateRegister states) {
        this.desk = desk;
        this.pledges = pledges;
        this.matchmaker = matchmaker;
        this.gaps = gaps;
        this.states = states;
    }

    @GetMapping
    String home() {
        return "redirect:/assistance/needs";
    }

    @GetMapping("/needs")
    String list(@RequestParam(required = false) String state, @RequestParam(required = false) String theme,
            @RequestParam(required = false) String status, @RequestParam(required = false) String priority,
            @RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser user, Model model) {
        NeedFilter filter;
        Page<Need> found;
        PageRequest order = PageRequest.of(Math.max(page, 0), PAGE_SIZE,
                Sort.by(Sort.Order.desc("status"), Sort.Order.desc("id")));
        try {
            filter = new NeedFilter(AssistanceParams.text(state), AssistanceParams.value(Theme.class, theme, "theme"),
                    AssistanceParams.value(NeedStatus.class, status, "status"),
                    AssistanceParams.value(Priority.class, priority, "priority"));
            found = desk.list(filter, Reader.of(user), order);
        } catch (RuleViolation ignored) {
            model.addAttribute("filterProblem", "filter.ignored");
            filter = new NeedFilter(null, null, null, null);
            found = desk.list(filter, Reader.of(user), order.first());
        }
        model.addAttribute("needs", found);
        model.addAttribute("gaps", gaps.of(found.getContent()));
        model.addAttribute("filter", filter);
        model.addAttribute("themes", Theme.values());
        model.addAttribute("statuses", NeedStatus.values());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("mayPost", user != null && (user.isIsuAdmin() || Reader.of(user).ownState() != null));
        return LIST_VIEW;
    }

    @GetMapping("/needs/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        Need need = desk.read(id, Reader.of(user));
        return show(need, user, model);
    }

    @GetMapping("/needs/new")
    @PreAuthorize("hasAnyRole('ISU_ADMIN', 'FOCAL_POINT')")
    String newNeed(@RequestParam(required = false) String state, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        NeedForm form = new NeedForm();
        form.setState(user.isIsuAdmin() ? AssistanceParams.text(state) : ownState(user));
        form.setCurrency(ExchangeRate.BASE);
        int year = gaps.today().getYear();
        form.setStartYear(year + 1);
        form.setEndYear(year + 3);
        model.addAttribute("needForm", form);
        return form(null, user, model);
    }

    @PostMapping("/needs")
    @PreAuthorize("hasAnyRole('ISU_ADMIN', 'FOCAL_POINT')")
    String post(@Valid @ModelAttribute("needForm") NeedForm form, BindingResult result,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) throws IOException {
        String iso3 = user.isIsuAdmin() ? form.getState() : ownState(user);
        if (iso3 == null || iso3.isBlank()) {
            result.rejectValue("state", "validation.required");
        }
        byte[] pdf = bytes(file);
        return FormErrors.save(result, () -> desk.post(iso3, form.articleOrRefuse(), form.details(),
                        file == null ? null : file.getOriginalFilename(), pdf, user))
                .map(saved -> {
                    redirect.addFlashAttribute("saved", "need.saved");
                    return "redirect:/assistance/needs/" + saved.id();
                })
                .orElseGet(() -> form(null, user, model));
    }

    @GetMapping("/needs/{id}/edit")
    @PreAuthorize("isAuthenticated()")
    String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        Need need = kept(id, user);
        model.addAttribute("needForm", NeedForm.of(need));
        return form(need, user, model);
    }

    @PostMapping("/needs/{id}")
    @PreAuthorize("isAuthenticated()")
    String update(@PathVariable long id, @Valid @ModelAttribute("needForm") NeedForm form, BindingResult result,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) throws IOException {
        Need need = kept(id, user);
        byte[] pdf = bytes(file);
        return FormErrors.save(result, () -> desk.edit(id, form.getVersion(), form.details(),
                        file == null ? null : file.getOriginalFilename(), pdf, user))
                .map(saved -> {
                    redirect.addFlashAttribute("saved", "need.saved");
                    return "redirect:/assistance/needs/" + id;
                })
                .orElseGet(() -> form(need, user, model));
    }

    @PostMapping("/needs/{id}/close")
    @PreAuthorize("isAuthenticated()")
    String close(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        return PageActions.attempt(redirect, "redirect:/assistance/needs/" + id, "need.closed",
                () -> desk.close(id, version, user));
    }

    @PostMapping("/needs/{id}/reopen")
    @PreAuthorize("isAuthenticated()")
    String reopen(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        return PageActions.attempt(redirect, "redirect:/assistance/needs/" + id, "need.reopened",
                () -> desk.reopen(id, version, user));
    }

    @GetMapping("/needs/{id}/evidence")
    ResponseEntity<byte[]> evidence(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        StoredDocument document = desk.evidence(id, Reader.of(user));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + document.fileName() + "\"")
                .body(document.content());
    }

    private String show(Need need, CurrentUser user, Model model) {
        List<Pledge> made = pledges.ofNeed(need);
        model.addAttribute("need", need);
        model.addAttribute("gap", gaps.of(need));
        model.addAttribute("pledges", made);
        model.addAttribute("paid", pledges.paidOn(made));
        model.addAttribute("matches", need.status() == NeedStatus.OPEN ? matchmaker.donorsFor(need) : List.of());
        model.addAttribute("keeps", Reader.of(user).keeps(need.state()));
        model.addAttribute("mayPledge", need.status() == NeedStatus.OPEN && user != null
                && (user.isIsuAdmin() || user.has(org.ccmplatform.shared.Role.DONOR)));
        model.addAttribute("user", user);
        return SHOW_VIEW;
    }

    private String form(Need need, CurrentUser user, Model model) {
        model.addAttribute("need", need);
        model.addAttribute("themes", Theme.values());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("articles", List.of(3, 4, 5, 7, 9));
        model.addAttribute("choosesState", need == null && user.isIsuAdmin());
        model.addAttribute("ownStateName", need == null && !user.isIsuAdmin() ? ownState(user) : null);
        return FORM_VIEW;
    }

    private Need kept(long id, CurrentUser user) {
        Need need = desk.read(id, Reader.of(user));
        if (!Reader.of(user).keeps(need.state())) {
            throw new AccessDeniedException("Only the ISU and the State's focal point keep its needs");
        }
        return need;
    }

    private String ownState(CurrentUser user) {
        return states.find(user.stateId()).map(org.ccmplatform.registry.State::iso3).orElse(null);
    }

    private static byte[] bytes(MultipartFile file) throws IOException {
        return file == null || file.isEmpty() ? new byte[0] : file.getBytes();
    }
}
