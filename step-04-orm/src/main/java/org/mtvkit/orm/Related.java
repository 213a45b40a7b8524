package org.mtvkit.orm;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says what deleting the row a foreign key points at does to this row: {@code @Related(onDelete =
 * OnDelete.CASCADE) ForeignKey<Question> question;}. Without it a foreign key is {@link OnDelete#DO_NOTHING}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Related {
    OnDelete onDelete();
}
