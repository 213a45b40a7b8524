package org.mtvkit.orm;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** One field of every supported type. */
class Everything {
    enum Status { DRAFT, PUBLISHED }

    Long id;
    long aLong;
    Long aBoxedLong;
    int anInt;
    @Column(nullable = true)
    Integer aBoxedInt;
    boolean aBoolean;
    double aDouble;
    @Column(precision = 10, scale = 3)
    BigDecimal money;
    @Column(length = 20, unique = true)
    String name;
    @Column(defaultValue = "DRAFT", length = 10)
    Status status;
    UUID uuid;
    LocalDate day;
    LocalDateTime localTime;
    Instant instant;
    transient String notStored;
    static int alsoNotStored;

    Everything() {
    }
}
