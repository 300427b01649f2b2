package vn.thiduaso.plan.service;

import java.util.List;
import java.util.Map;

/** The shape of {@code demo/demo-data.json}. */
record DemoData(String password, Account admin, List<Region> regions) {

    record Account(String username, String fullName, String email) {
    }

    record Region(String code, String name, String kind, UnitSpec board, List<Commune> communes) {
    }

    /** Head of unit and contacts are optional (invented demo contacts on thiduaso.local). */
    record UnitSpec(String code, String name, String kind, String headName, String headTitle, String email,
            String phone) {
    }

    /** {@code extraUsers}: further accounts beyond one per role (e.g. the council's other members); optional. */
    record Commune(String key, String code, String name, String kind, List<UnitSpec> units,
            Map<String, UserSpec> users, List<ExtraUser> extraUsers, PlanSpec plan) {
    }

    /** A further account of a commune: its own username and role, in {@code unit} (a unit code, or null). */
    record ExtraUser(String username, String role, String unit, String fullName) {
    }

    /** {@code unit} is a unit code of the commune, or null for the commune itself. */
    record UserSpec(String unit, String fullName) {
    }

    /** {@code recipient} is a unit code of the commune, or {@code @board} for the region's board. */
    record PlanSpec(String title, String summary, String signerTitle, String signerName, String recipient,
            String obligationTitle, int dueDay, int dueMonth, int firstYear, int lastYear, List<String> addressees) {
    }
}
