/**
 * The kit's test tools, shared by the tests of every step (Django's {@code django.test}).
 *
 * <p>This folder, {@code step-01-servlet/src/testFixtures/java}, is not main code: each module that uses a
 * tool adds it to its own test sources (build-helper-maven-plugin's {@code add-test-source}, configured
 * once in the parent pom), so the tools are compiled with the tests, never packaged with the framework,
 * and a demo started with {@code compile exec:java} needs no test artifact built first.
 *
 * <p>Tools: {@link org.mtvkit.testing.RawHttp}, a socket client for requests no browser would send;
 * {@link org.mtvkit.testing.MiniJson}, the conformance suites' JSON reader; {@link org.mtvkit.testing.TestPostgres}, a
 * fresh schema per test for a suite's PostgreSQL run; {@link org.mtvkit.testing.FailuresInSentences}, a JUnit Platform
 * listener, loaded through {@code src/testFixtures/resources/META-INF/services}, that prints failing tests by their
 * display names. Only the JDK and the JUnit Platform every module tests with: a module that compiles them need not
 * depend on step 1.
 */
package org.mtvkit.testing;
