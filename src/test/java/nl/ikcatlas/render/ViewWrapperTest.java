package nl.ikcatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import freemarker.core.HTMLOutputFormat;
import freemarker.ext.beans.BeanModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Public, like the views: the records of a class that is not public are left to the bean model. */
public class ViewWrapperTest {
    public record Card(String title, List<String> facts, boolean open, int count) {
    }

    public record Pair(String left, String right) {
        public String side(String which) {
            return which.equals("left") ? left : right;
        }
    }

    private final ViewWrapper wrapper = new ViewWrapper();

    @Test
    void aRecordIsAHashOfItsMethodsWithoutArguments() throws TemplateModelException {
        TemplateHashModel card = assertInstanceOf(TemplateHashModel.class,
                wrapper.wrap(new Card("De Klimop", List.of("0-4 jaar"), true, 3)));
        assertEquals("De Klimop", call(card, "title").toString());
        assertNull(card.get("nothing"));
        assertNull(card.get("hashCode"), "the methods of Object are not offered");
        assertFalse(card.isEmpty());
    }

    @Test
    void aMethodCalledWithArgumentsIsAnErrorThatNamesIt() throws TemplateModelException {
        TemplateHashModel card = (TemplateHashModel) wrapper.wrap(new Card("De Klimop", List.of(), true, 3));
        TemplateMethodModel title = (TemplateMethodModel) card.get("title");
        TemplateModelException e = assertThrows(TemplateModelException.class, () -> title.exec(List.of("x")));
        assertEquals("Card.title() takes no arguments, but was given 1", e.getMessage());
    }

    @Test
    void otherValuesAreWrappedAsTheDefaultWrapperDoes() throws TemplateModelException {
        DefaultObjectWrapper plain = new DefaultObjectWrapper(Configuration.DEFAULT_INCOMPATIBLE_IMPROVEMENTS);
        plain.setUseAdaptersForContainers(true);
        List<Object> values = List.of("tekst", List.of("a"), new ArrayList<>(List.of(1, 2)), Map.of("k", "v"),
                true, false, 7, 7L, 2.5, new StringBuilder("iets"), new Pair("links", "rechts"));
        for (Object value : values) {
            TemplateModel expected = plain.wrap(value);
            TemplateModel wrapped = wrapper.wrap(value);
            assertSame(expected.getClass(), wrapped.getClass(), value.getClass().getName());
            if (value instanceof Boolean) {
                assertSame(expected, wrapped);
            }
        }
        assertSame(plain.wrap(null), wrapper.wrap(null));
    }

    @Test
    void aRecordWithAMethodThatTakesArgumentsKeepsTheBeanModel() throws TemplateModelException {
        assertInstanceOf(BeanModel.class, wrapper.wrap(new Pair("links", "rechts")));
    }

    @Test
    void templatesReadRecordsListsAndValues() throws Exception {
        Configuration config = new Configuration(Configuration.DEFAULT_INCOMPATIBLE_IMPROVEMENTS);
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        config.setObjectWrapper(wrapper);
        Template template = new Template("card", new StringReader("<h3>${c.title()}</h3><#list c.facts() as f>"
                + "<span>${f}</span></#list><#if c.open()>open</#if> ${c.count() + 1} ${p.side('left')}"), config);
        StringWriter out = new StringWriter();
        template.process(Map.of("c", new Card("Peuters & ouders", List.of("<VVE>", "0-4 jaar"), true, 3),
                "p", new Pair("links", "rechts")), out);
        assertEquals("<h3>Peuters &amp; ouders</h3><span>&lt;VVE&gt;</span><span>0-4 jaar</span>open 4 links",
                out.toString());
    }

    private static TemplateModel call(TemplateHashModel record, String method) throws TemplateModelException {
        return (TemplateModel) ((TemplateMethodModel) record.get(method)).exec(List.of());
    }
}
