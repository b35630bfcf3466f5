package dev.neurite.ui.inside;

/** How a layer's feature maps and units are laid out. */
public enum MapOrder {
    /** The maps with the highest mean activation first. */
    STRONGEST_FIRST,
    /** As the layer numbers them (channel 0 first). */
    CHANNEL_ORDER
}
