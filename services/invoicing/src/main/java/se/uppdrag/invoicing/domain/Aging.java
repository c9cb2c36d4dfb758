package se.uppdrag.invoicing.domain;

import java.math.BigDecimal;

/** What is left to pay, by how long past its due date: not due yet, 1–30, 31–60 and more than 60 days. */
public record Aging(BigDecimal notDue, BigDecimal days1To30, BigDecimal days31To60, BigDecimal over60) {}
