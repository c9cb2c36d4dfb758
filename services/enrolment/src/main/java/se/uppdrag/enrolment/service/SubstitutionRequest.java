package se.uppdrag.enrolment.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import se.uppdrag.enrolment.domain.Participant;

/** Who takes the seat instead. */
public record SubstitutionRequest(@NotNull @Valid Participant participant) {}
