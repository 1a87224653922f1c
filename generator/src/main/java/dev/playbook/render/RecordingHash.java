package dev.playbook.render;

import freemarker.template.AdapterTemplateModel;
import freemarker.template.DefaultMapAdapter;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx2;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.ObjectWrapperWithAPISupport;
import freemarker.ext.util.WrapperTemplateModel;

import java.util.List;
import java.util.Map;

/**
 * The {@code site} hash as templates see it in a warm renderer: a map that writes down in {@link SiteReads} what is read
 * of it. Looking up a key that holds a map gives that map, recording too; any other value is recorded whole, and so is
 * a map that is listed, counted or handed over as a whole. Otherwise it behaves as Freemarker's own map adapter.
 */
final class RecordingHash implements TemplateHashModelEx2, AdapterTemplateModel, WrapperTemplateModel {

    private final Map<?, ?> map;
    private final List<String> path;
    private final SiteReads reads;
    private final ObjectWrapperWithAPISupport wrapper;
    private final DefaultMapAdapter adapter;

    RecordingHash(Map<?, ?> map, List<String> path, SiteReads reads, ObjectWrapperWithAPISupport wrapper) {
        this.map = map;
        this.path = path;
        this.reads = reads;
        this.wrapper = wrapper;
        this.adapter = DefaultMapAdapter.adapt(map, wrapper);
    }

    /**
     * {@code message} of a template error as a one-build renderer words it: Freemarker names the class that wraps a map
     * it could not use, and the preview's errors must read as {@code build}'s.
     */
    static String asBuildWords(String message) {
        return message.replace(RecordingHash.class.getName(), "f.t." + DefaultMapAdapter.class.getSimpleName());
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        List<String> at = SiteReads.child(path, key);
        if (map.get(key) instanceof Map<?, ?> inner) {
            reads.presence(at);
            return new RecordingHash(inner, at, reads, wrapper);
        }
        reads.value(at);
        return adapter.get(key);
    }

    @Override
    public boolean isEmpty() {
        reads.value(path);
        return adapter.isEmpty();
    }

    @Override
    public int size() {
        reads.value(path);
        return adapter.size();
    }

    @Override
    public TemplateCollectionModel keys() {
        reads.value(path);
        return adapter.keys();
    }

    @Override
    public TemplateCollectionModel values() throws TemplateModelException {
        reads.value(path);
        return adapter.values();
    }

    @Override
    public KeyValuePairIterator keyValuePairIterator() throws TemplateModelException {
        reads.value(path);
        return adapter.keyValuePairIterator();
    }

    @Override
    public Object getAdaptedObject(Class<?> hint) {
        reads.value(path);
        return map;
    }

    @Override
    public Object getWrappedObject() {
        reads.value(path);
        return map;
    }
}
