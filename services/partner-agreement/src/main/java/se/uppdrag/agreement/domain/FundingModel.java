package se.uppdrag.agreement.domain;

/** How a funder's share of an order reaches the university. */
public enum FundingModel {
    /** The employer is invoiced its share; the funder is invoiced its own share on a separate invoice. */
    FUNDER_INVOICED,
    /** The employer is invoiced the full fee and claims the funder's share back afterwards. */
    EMPLOYER_CLAIMS,
    /** The invoice shows the full price, the subsidy as an allowance and the balance the employer pays. */
    SUBSIDY
}
