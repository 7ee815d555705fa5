package org.helpline.channels.discord.staff;

import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.helpline.channels.discord.bot.ChatLanes;
import org.helpline.channels.discord.bot.FirstDeliveries;

/**
 * What Discord tells the bot about its servers' threads — messages in them, presses of buttons there, the escalation
 * form submitted — for {@link StaffPostActions}, each once ({@link FirstDeliveries}); a post's messages one after
 * another in its {@link ChatLanes lane}. Direct messages are the clients' side's.
 */
class StaffPostEvents extends ListenerAdapter {

    private final StaffPostActions staff;
    private final FirstDeliveries deliveries;
    private final ChatLanes lanes;

    StaffPostEvents(StaffPostActions staff, FirstDeliveries deliveries, ChatLanes lanes) {
        this.staff = staff;
        this.deliveries = deliveries;
        this.lanes = lanes;
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        if (!event.isFromThread() || event.isFromType(ChannelType.PRIVATE) || event.getAuthor().isBot()
                || event.getAuthor().isSystem() || !deliveries.first(event.getMessageId())) {
            return;
        }
        lanes.submit(event.getChannel().getId(), () -> staff.received(event.getMessage()));
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        if (event.isFromGuild() && deliveries.first(event.getId())) {
            staff.pressed(event);
        }
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        if (staff.answers(event) && deliveries.first(event.getId())) {
            staff.reasonGiven(event);
        }
    }
}
