package dev.neurite.model;

import dev.neurite.graph.ModelGraph;
import dev.neurite.settings.CompileSettings;
import dev.neurite.settings.FitSettings;

/**
 * What a model file holds: the graph and how to compile and fit it; templates also describe themselves.
 *
 * @param graph    the layers and their connections
 * @param compile  optimizer, loss and metrics
 * @param fit      batch size, epochs, validation, shuffle, seed
 * @param template the template's description, or null for a user's model
 */
public record ModelDefinition(ModelGraph graph, CompileSettings compile, FitSettings fit, TemplateInfo template) {

    public ModelDefinition {
        if (graph == null || compile == null || fit == null) {
            throw new IllegalArgumentException("A model definition needs a graph, compile and fit settings");
        }
    }

    public ModelDefinition withGraph(ModelGraph newGraph) {
        return new ModelDefinition(newGraph, compile, fit, template);
    }

    public ModelDefinition withCompile(CompileSettings newCompile) {
        return new ModelDefinition(graph, newCompile, fit, template);
    }

    public ModelDefinition withFit(FitSettings newFit) {
        return new ModelDefinition(graph, compile, newFit, template);
    }
}
