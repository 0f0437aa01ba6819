package dev.layerlint.parser;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.layerlint.ast.Add;
import dev.layerlint.ast.Arg;
import dev.layerlint.ast.ArgDeclaration;
import dev.layerlint.ast.Cmd;
import dev.layerlint.ast.Command;
import dev.layerlint.ast.Comment;
import dev.layerlint.ast.Copy;
import dev.layerlint.ast.Directive;
import dev.layerlint.ast.Dockerfile;
import dev.layerlint.ast.Entrypoint;
import dev.layerlint.ast.Env;
import dev.layerlint.ast.ExecForm;
import dev.layerlint.ast.Expose;
import dev.layerlint.ast.Flag;
import dev.layerlint.ast.From;
import dev.layerlint.ast.Healthcheck;
import dev.layerlint.ast.Heredoc;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.InstructionVisitor;
import dev.layerlint.ast.KeyValue;
import dev.layerlint.ast.Label;
import dev.layerlint.ast.Maintainer;
import dev.layerlint.ast.Mount;
import dev.layerlint.ast.Onbuild;
import dev.layerlint.ast.Run;
import dev.layerlint.ast.Shell;
import dev.layerlint.ast.ShellForm;
import dev.layerlint.ast.Stopsignal;
import dev.layerlint.ast.UnknownInstruction;
import dev.layerlint.ast.User;
import dev.layerlint.ast.Volume;
import dev.layerlint.ast.Word;
import dev.layerlint.ast.Workdir;
import dev.layerlint.json.JsonText;
import dev.layerlint.source.Span;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The AST as JSON, the shape documented in docs/ast-json.md (version 1).
 * Spans are {@code [startLine, startColumn, endLine, endColumn]}, 1-based,
 * end exclusive. Field order is fixed, so output is stable.
 */
public final class AstJson implements InstructionVisitor<JsonObject> {
    public static final int VERSION = 1;

    private AstJson() {
    }

    private static final Pattern SPAN_ARRAY = Pattern.compile(
            "\\[\\s*(\\d+),\\s*(\\d+),\\s*(\\d+),\\s*(\\d+)\\s*]");

    public static String render(ParseResult result) {
        // spans on one line each, so the dump stays readable and its diffs reviewable
        return SPAN_ARRAY.matcher(JsonText.toString(toJson(result), JsonText.PLAIN)).replaceAll("[$1, $2, $3, $4]") + "\n";
    }

    public static JsonObject toJson(ParseResult result) {
        Dockerfile file = result.dockerfile();
        AstJson v = new AstJson();
        JsonObject root = new JsonObject();
        root.addProperty("version", VERSION);
        root.addProperty("path", file.source().path());
        root.addProperty("escape", String.valueOf(file.escapeChar()));
        root.addProperty("bom", file.source().hasBom());
        root.addProperty("crlf", file.source().usesCrlf());
        JsonArray directives = new JsonArray();
        for (Directive d : file.directives()) {
            JsonObject o = new JsonObject();
            o.addProperty("name", d.name());
            o.addProperty("value", d.value());
            o.add("span", span(d.span()));
            directives.add(o);
        }
        root.add("directives", directives);
        JsonArray comments = new JsonArray();
        for (Comment c : file.comments()) {
            JsonObject o = new JsonObject();
            o.addProperty("text", c.text());
            o.addProperty("inContinuation", c.inContinuation());
            o.add("span", span(c.span()));
            comments.add(o);
        }
        root.add("comments", comments);
        JsonArray instructions = new JsonArray();
        for (Instruction i : file.instructions()) {
            instructions.add(i.accept(v));
        }
        root.add("instructions", instructions);
        JsonArray errors = new JsonArray();
        for (SyntaxError e : result.errors()) {
            JsonObject o = new JsonObject();
            o.addProperty("message", e.message());
            o.add("span", span(e.span()));
            errors.add(o);
        }
        root.add("errors", errors);
        return root;
    }

    static JsonArray span(Span span) {
        JsonArray a = new JsonArray();
        a.add(span.startLine());
        a.add(span.startColumn());
        a.add(span.endLine());
        a.add(span.endColumn());
        return a;
    }

    private static JsonElement word(Word w) {
        if (w == null) {
            return JsonNull.INSTANCE;
        }
        JsonObject o = new JsonObject();
        o.addProperty("text", w.text());
        o.add("span", span(w.span()));
        return o;
    }

    private static JsonArray words(List<Word> words) {
        JsonArray a = new JsonArray();
        words.forEach(w -> a.add(word(w)));
        return a;
    }

    private static JsonObject base(Instruction i) {
        JsonObject o = new JsonObject();
        o.addProperty("type", i.getClass().getSimpleName().equals("UnknownInstruction") ? "UNKNOWN"
                : i.getClass().getSimpleName().toUpperCase(Locale.ROOT));
        o.add("span", span(i.span()));
        JsonObject kw = new JsonObject();
        kw.addProperty("text", i.keyword().text());
        kw.add("span", span(i.keyword().span()));
        o.add("keyword", kw);
        JsonArray flags = new JsonArray();
        for (Flag f : i.flags()) {
            JsonObject fo = new JsonObject();
            fo.addProperty("name", f.name());
            fo.add("value", f.value() == null ? JsonNull.INSTANCE : new JsonPrimitive(f.value()));
            fo.add("span", span(f.span()));
            flags.add(fo);
        }
        o.add("flags", flags);
        return o;
    }

    private static JsonElement command(Command c) {
        if (c == null) {
            return JsonNull.INSTANCE;
        }
        JsonObject o = new JsonObject();
        if (c instanceof ShellForm s) {
            o.addProperty("form", "shell");
            o.addProperty("text", s.text());
        } else {
            o.addProperty("form", "exec");
            o.add("arguments", words(((ExecForm) c).arguments()));
        }
        o.add("span", span(c.span()));
        return o;
    }

    private static JsonArray heredocs(List<Heredoc> heredocs) {
        JsonArray a = new JsonArray();
        for (Heredoc h : heredocs) {
            JsonObject o = new JsonObject();
            o.addProperty("name", h.name());
            o.addProperty("chomp", h.chomp());
            o.addProperty("expand", h.expand());
            o.addProperty("fd", h.fd());
            o.add("opener", span(h.opener()));
            o.addProperty("body", h.body());
            o.add("bodySpan", span(h.bodySpan()));
            o.add("terminator", h.terminator() == null ? JsonNull.INSTANCE : span(h.terminator()));
            a.add(o);
        }
        return a;
    }

    private static JsonArray pairs(List<KeyValue> pairs) {
        JsonArray a = new JsonArray();
        for (KeyValue kv : pairs) {
            JsonObject o = new JsonObject();
            o.add("key", word(kv.key()));
            o.add("value", word(kv.value()));
            a.add(o);
        }
        return a;
    }

    @Override
    public JsonObject visitFrom(From i) {
        JsonObject o = base(i);
        o.add("image", word(i.image()));
        o.add("stageName", word(i.stageName()));
        return o;
    }

    @Override
    public JsonObject visitRun(Run i) {
        JsonObject o = base(i);
        o.add("command", command(i.command()));
        JsonArray mounts = new JsonArray();
        for (Mount m : i.mounts()) {
            JsonObject mo = new JsonObject();
            mo.addProperty("type", m.type());
            JsonArray options = new JsonArray();
            for (Mount.Option opt : m.options()) {
                JsonArray pair = new JsonArray();
                pair.add(opt.key());
                pair.add(opt.value() == null ? JsonNull.INSTANCE : new JsonPrimitive(opt.value()));
                options.add(pair);
            }
            mo.add("options", options);
            mounts.add(mo);
        }
        o.add("mounts", mounts);
        o.add("heredocs", heredocs(i.heredocs()));
        return o;
    }

    @Override
    public JsonObject visitCmd(Cmd i) {
        JsonObject o = base(i);
        o.add("command", command(i.command()));
        return o;
    }

    @Override
    public JsonObject visitEntrypoint(Entrypoint i) {
        JsonObject o = base(i);
        o.add("command", command(i.command()));
        return o;
    }

    @Override
    public JsonObject visitShell(Shell i) {
        JsonObject o = base(i);
        o.add("command", command(i.command()));
        return o;
    }

    @Override
    public JsonObject visitHealthcheck(Healthcheck i) {
        JsonObject o = base(i);
        o.add("checkType", word(i.type()));
        o.add("command", command(i.command()));
        return o;
    }

    private JsonObject transfer(Instruction i, List<Word> sources, Word destination, boolean exec,
                                List<Heredoc> heredocs) {
        JsonObject o = base(i);
        o.addProperty("execForm", exec);
        o.add("sources", words(sources));
        o.add("destination", word(destination));
        o.add("heredocs", heredocs(heredocs));
        return o;
    }

    @Override
    public JsonObject visitCopy(Copy i) {
        return transfer(i, i.sources(), i.destination(), i.execForm(), i.heredocs());
    }

    @Override
    public JsonObject visitAdd(Add i) {
        return transfer(i, i.sources(), i.destination(), i.execForm(), i.heredocs());
    }

    @Override
    public JsonObject visitEnv(Env i) {
        JsonObject o = base(i);
        o.addProperty("legacyForm", i.legacyForm());
        o.add("pairs", pairs(i.pairs()));
        return o;
    }

    @Override
    public JsonObject visitLabel(Label i) {
        JsonObject o = base(i);
        o.addProperty("legacyForm", i.legacyForm());
        o.add("pairs", pairs(i.pairs()));
        return o;
    }

    @Override
    public JsonObject visitArg(Arg i) {
        JsonObject o = base(i);
        JsonArray a = new JsonArray();
        for (ArgDeclaration d : i.declarations()) {
            JsonObject d0 = new JsonObject();
            d0.add("name", word(d.name()));
            d0.add("default", word(d.defaultValue()));
            a.add(d0);
        }
        o.add("declarations", a);
        return o;
    }

    @Override
    public JsonObject visitExpose(Expose i) {
        JsonObject o = base(i);
        o.add("ports", words(i.ports()));
        return o;
    }

    @Override
    public JsonObject visitVolume(Volume i) {
        JsonObject o = base(i);
        o.addProperty("execForm", i.execForm());
        o.add("paths", words(i.paths()));
        return o;
    }

    private JsonObject single(Instruction i, Word argument) {
        JsonObject o = base(i);
        o.add("argument", word(argument));
        return o;
    }

    @Override
    public JsonObject visitUser(User i) {
        return single(i, i.argument());
    }

    @Override
    public JsonObject visitWorkdir(Workdir i) {
        return single(i, i.argument());
    }

    @Override
    public JsonObject visitStopsignal(Stopsignal i) {
        return single(i, i.argument());
    }

    @Override
    public JsonObject visitMaintainer(Maintainer i) {
        return single(i, i.argument());
    }

    @Override
    public JsonObject visitOnbuild(Onbuild i) {
        JsonObject o = base(i);
        o.add("trigger", i.trigger() == null ? JsonNull.INSTANCE : i.trigger().accept(this));
        return o;
    }

    @Override
    public JsonObject visitUnknownInstruction(UnknownInstruction i) {
        return single(i, i.arguments());
    }
}
