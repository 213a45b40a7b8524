package org.mtvkit.template;

import org.junit.jupiter.api.DisplayName;
import org.mtvkit.template.freemarker.FreeMarkerEngine;

@DisplayName("the contract, on FreeMarker")
class FreeMarkerContractTest extends TemplateEngineContract {

    private static final FreeMarkerEngine ENGINE = new FreeMarkerEngine("templates", ContractData.HOOKS);

    @Override
    TemplateEngine engine() {
        return ENGINE;
    }

    @Override
    String name(String page) {
        return page + ".ftlh";
    }
}
