package org.mtvkit.orm;

/** Field and table names that are SQL keywords: quoting makes them work. */
@Table("order")
class Keywords {
    Long id;
    String value;
    String user;
    String key;
    int year;
    @Column(name = "select", nullable = true)
    String order;

    Keywords() {
    }
}
