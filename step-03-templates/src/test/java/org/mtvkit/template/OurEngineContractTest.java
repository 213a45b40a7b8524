package org.mtvkit.template;

import org.junit.jupiter.api.DisplayName;

@DisplayName("the contract, on our engine")
class OurEngineContractTest extends TemplateEngineContract {

    private static final Engine ENGINE = Engine.builder().classpath("templates").strict(true)
            .hooks(ContractData.HOOKS).build();

    @Override
    TemplateEngine engine() {
        return ENGINE;
    }

    @Override
    String name(String page) {
        return page + ".html";
    }
}
